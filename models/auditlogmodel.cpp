#include "auditlogmodel.h"

#include "database.h"
#include "displayformat.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {

constexpr auto kContext = "opsdesk::AuditLogModel";
const auto kTable = u"audit_log"_s;

using display::Labels;

QString actionLabel(const QString &action)
{
    static const Labels labels{
        {u"insert"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Created")},
        {u"update"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Changed")},
        {u"delete"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Deleted")},
        {u"truncate"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Emptied")},
        {u"prune"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Pruned")}};
    return display::translatedLabel(kContext, labels, action, action);
}

/// What the action's colour means; the page maps these to Theme colours.
QString actionTone(const QString &action)
{
    static const QHash<QString, QString> tones{{u"insert"_s, u"success"_s},
                                               {u"update"_s, u"info"_s},
                                               {u"delete"_s, u"danger"_s},
                                               {u"truncate"_s, u"danger"_s},
                                               {u"prune"_s, u"warning"_s}};
    return tones.value(action, u"neutral"_s);
}

/// One resource of a type ("Conversation").
QString resourceTypeLabel(const QString &type)
{
    static const Labels labels{
        {u"admin_users"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Person")},
        {u"contacts"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Contact")},
        {u"conversations"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Conversation")},
        {u"messages"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Message")},
        {u"message_templates"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Template")},
        {u"api_keys"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "API key")},
        {u"audit_log"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Audit trail")},
        {u"whatsapp_webhook_events"_s,
         QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Webhook event")}};
    return display::translatedLabel(kContext, labels, type, type);
}

/// The type as a filter choice ("Conversations").
QString resourceTypePluralLabel(const QString &type)
{
    static const Labels labels{
        {u"admin_users"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "People")},
        {u"contacts"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Contacts")},
        {u"conversations"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Conversations")},
        {u"messages"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Messages")},
        {u"message_templates"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Templates")},
        {u"api_keys"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "API keys")},
        {u"audit_log"_s, QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Audit trail (retention)")},
        {u"whatsapp_webhook_events"_s,
         QT_TRANSLATE_NOOP("opsdesk::AuditLogModel", "Webhook events")}};
    return display::translatedLabel(kContext, labels, type, type);
}

/// A uuid's first block; other ids cut at 12 characters.
QString shortId(const QString &id)
{
    if (id.size() == 36 && id.at(8) == u'-') {
        return id.left(8);
    }
    return id.size() > 12 ? id.left(12) + u'…' : id;
}

QString resourceLabel(const QString &type, const QString &id)
{
    const QString label = resourceTypeLabel(type);
    return id.isEmpty() ? label
                        : AuditLogModel::tr("%1 %2", "@label resource type, short id")
                              .arg(label, shortId(id));
}

QString timeLabel(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime())
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today) {
        return locale.toString(local.time(), u"HH:mm:ss"_s);
    }
    if (local.date().year() == today.year()) {
        return locale.toString(local, u"d MMM, HH:mm"_s);
    }
    return locale.toString(local.date(), u"d MMM yyyy"_s);
}

QString origin(const auditlog::Entry &entry)
{
    const QString where =
        entry.clientAddr.isEmpty() ? AuditLogModel::tr("Local connection") : entry.clientAddr;
    return entry.applicationName.isEmpty() ? where : where + u" · "_s + entry.applicationName;
}

/// A JSON value as the diff shows it: strings as they are, null as empty, numbers without
/// exponent where they are whole, arrays and objects as compact JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        constexpr double kExactLimit = 9007199254740992.0; // 2^53
        if (number == double(qint64(number)) && std::abs(number) < kExactLimit) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

/// One line, at most @p max characters.
QString shortText(const QString &text, int max = 40)
{
    QString line = text.simplified();
    return line.size() > max ? line.left(max - 1) + u'…' : line;
}

/// Changed columns, the ones people care about first: bookkeeping timestamps (…_at) last.
QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys(); // alphabetical
    std::stable_partition(keys.begin(), keys.end(),
                          [](const QString &key) { return !key.endsWith(u"_at"_s); });
    return keys;
}

QString summarize(const auditlog::Entry &entry)
{
    const QJsonObject changes = QJsonDocument::fromJson(entry.changes.toUtf8()).object();
    if (entry.action == u"update") {
        const QStringList keys = orderedKeys(changes);
        QStringList pieces;
        for (const QString &key : keys) {
            if (pieces.size() == 2) {
                break;
            }
            const QJsonObject pair = changes.value(key).toObject();
            const QString before = valueText(pair.value(u"old"_s));
            const QString after = valueText(pair.value(u"new"_s));
            if (before.size() <= 24 && after.size() <= 24 && !before.contains(u'\n') &&
                !after.contains(u'\n')) {
                pieces << AuditLogModel::tr("%1: %2 → %3", "@info field: before → after")
                              .arg(key,
                                   isEmptyValue(pair.value(u"old"_s)) ? AuditLogModel::tr("empty")
                                                                      : before,
                                   isEmptyValue(pair.value(u"new"_s)) ? AuditLogModel::tr("empty")
                                                                      : after);
            } else {
                pieces << key;
            }
        }
        QString summary = pieces.join(u", "_s);
        if (keys.size() > 2) {
            summary +=
                AuditLogModel::tr(", +%n more", "@info more changed fields", int(keys.size() - 2));
        }
        return summary;
    }
    if (entry.action == u"truncate") {
        return AuditLogModel::tr("Every row removed (TRUNCATE)");
    }
    if (entry.action == u"prune") {
        const qint64 deleted = qint64(changes.value(u"deleted"_s).toDouble());
        const QDateTime olderThan =
            QDateTime::fromString(changes.value(u"older_than"_s).toString(), Qt::ISODateWithMs);
        return (deleted == 1
                    ? AuditLogModel::tr("Removed 1 entry older than %1")
                    : AuditLogModel::tr("Removed %n entries older than %1", nullptr, int(deleted)))
            .arg(QLocale().toString(olderThan.toLocalTime(), u"d MMM yyyy"_s));
    }
    // insert/delete: the row's most telling field.
    static const QStringList salient{u"display_name"_s, u"name"_s,   u"profile_name"_s,
                                     u"title"_s,        u"body"_s,   u"email"_s,
                                     u"wa_id"_s,        u"prefix"_s, u"status"_s};
    for (const QString &key : salient) {
        const QJsonValue value = changes.value(key);
        if (!isEmptyValue(value) && !valueText(value).isEmpty()) {
            return AuditLogModel::tr("%1: “%2”", "@info field: value")
                .arg(key, shortText(valueText(value)));
        }
    }
    return changes.size() == 1 ? AuditLogModel::tr("1 field")
                               : AuditLogModel::tr("%n fields", nullptr, int(changes.size()));
}

/// Parses a local date ("2026-03-01") or date and time ("2026-03-01 14:00[:30]", also with a
/// "T"). For an end bound the instant just after the precision typed is returned, so the end is
/// inclusive: "2026-03-01" ends at midnight after that day. Invalid when unparsable.
QDateTime parseBound(const QString &text, bool end)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
    if (date.isValid()) {
        return end ? date.addDays(1).startOfDay() : date.startOfDay();
    }
    for (const QString &separator : {u" "_s, u"'T'"_s}) {
        QDateTime at = QDateTime::fromString(trimmed, u"yyyy-MM-dd"_s + separator + u"HH:mm:ss"_s);
        if (at.isValid()) {
            return end ? at.addSecs(1) : at;
        }
        at = QDateTime::fromString(trimmed, u"yyyy-MM-dd"_s + separator + u"HH:mm"_s);
        if (at.isValid()) {
            return end ? at.addSecs(60) : at;
        }
    }
    return {};
}

QString formatBound(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), u"d MMM yyyy, HH:mm"_s);
}

/// The text a custom range field starts with: local time, minutes.
QString boundText(const QDateTime &at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : LiveModelBase(parent)
    , m_rows(
          *this, [](const Row &row) { return QString::number(row.entry.id); },
          [](const Row &a, const Row &b) {
              if (a.entry.atUs != b.entry.atUs) {
                  return a.entry.atUs > b.entry.atUs;
              }
              return a.entry.id > b.entry.id;
          })
    , m_coalescer({kTable})
{
    connect(&m_coalescer, &ChangeCoalescer::flush, this,
            [this](const ChangeCoalescer::KeysByTable &keys) { refetch(keys); });
    // Filters set together (a reset, or several bindings at start-up) cause one query.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AuditLogModel::reloadList);
    m_exportTimer.setInterval(100);
    connect(&m_exportTimer, &QTimer::timeout, this, &AuditLogModel::updateExportProgress);
}

AuditLogModel::~AuditLogModel()
{
    if (m_export) {
        m_export->cancel = true; // the exporting thread stops after its current batch
    }
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const Row *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    const auditlog::Entry &entry = row->entry;
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case AtRole:
        return entry.at;
    case TimeLabelRole:
        return timeLabel(entry.at);
    case FullTimeRole:
        return display::fullTime(entry.at);
    case ActorRole:
        return entry.actor;
    case Qt::DisplayRole:
    case ActorNameRole:
        return entry.actorName.isEmpty() ? entry.actor : entry.actorName;
    case ActorInitialsRole:
        return display::initials(entry.actorName.isEmpty() ? entry.actor : entry.actorName);
    case ActionRole:
        return entry.action;
    case ActionLabelRole:
        return actionLabel(entry.action);
    case ActionToneRole:
        return actionTone(entry.action);
    case ResourceTypeRole:
        return entry.resourceType;
    case ResourceLabelRole:
        return resourceLabel(entry.resourceType, entry.resourceId);
    case ResourceIdRole:
        return entry.resourceId;
    case SummaryRole:
        return row->summary;
    case OriginRole:
        return origin(entry);
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},
            {AtRole, "at"},
            {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},
            {ActorRole, "actor"},
            {ActorNameRole, "actorName"},
            {ActorInitialsRole, "actorInitials"},
            {ActionRole, "action"},
            {ActionLabelRole, "actionLabel"},
            {ActionToneRole, "actionTone"},
            {ResourceTypeRole, "resourceType"},
            {ResourceLabelRole, "resourceLabel"},
            {ResourceIdRole, "resourceId"},
            {SummaryRole, "summary"},
            {OriginRole, "origin"}};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    // Only when a real next keyset page exists: the last page had a look-ahead row.
    return !parent.isValid() && !m_atEnd && !m_rows.empty() && !loading();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        const auditlog::Entry &last = m_rows.back().entry;
        load(m_generation, {last.atUs, last.id});
    }
}

void AuditLogModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace) {
        return;
    }
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::changes, this, [this](const QList<Change> &batch) {
            if (m_loaded) {
                m_coalescer.add(batch);
            }
        });
        connect(m_workspace, &Workspace::reloadRequested, this, &AuditLogModel::reload);
        connect(m_workspace, &Workspace::personChanged, this, &AuditLogModel::onPersonChanged);
    }
    Q_EMIT workspaceChanged();
    onPersonChanged();
}

bool AuditLogModel::permitted() const
{
    return m_workspace && m_workspace->canReadAudit();
}

Database *AuditLogModel::database() const
{
    return m_workspace ? m_workspace->database() : nullptr;
}

void AuditLogModel::onPersonChanged()
{
    Q_EMIT permittedChanged();
    // Another session (or none): an export of the previous one stops.
    if (m_export) {
        m_export->cancel = true;
    }
    reload();
}

// --- Filters ---------------------------------------------------------------------------------

void AuditLogModel::setActor(const QString &actor)
{
    if (m_actor != actor) {
        m_actor = actor;
        filterEdited();
    }
}

void AuditLogModel::setAction(const QString &action)
{
    if (m_action != action) {
        m_action = action;
        filterEdited();
    }
}

void AuditLogModel::setResourceType(const QString &resourceType)
{
    if (m_resourceType != resourceType) {
        m_resourceType = resourceType;
        filterEdited();
    }
}

void AuditLogModel::setResourceId(const QString &resourceId)
{
    if (m_resourceId != resourceId) {
        m_resourceId = resourceId;
        filterEdited();
    }
}

void AuditLogModel::setTimeRange(TimeRange range)
{
    if (m_timeRange == range) {
        return;
    }
    if (range == CustomRange && m_customFrom.isEmpty() && m_customTo.isEmpty()) {
        // Start from what was shown: the preset's span, or the last 24 hours.
        const QDateTime from = m_applied.from.isValid()
                                   ? m_applied.from
                                   : QDateTime::currentDateTimeUtc().addSecs(qint64(-24) * 3600);
        m_customFrom = boundText(from);
    }
    m_timeRange = range;
    filterEdited();
}

void AuditLogModel::setCustomFrom(const QString &from)
{
    if (m_customFrom != from) {
        m_customFrom = from;
        filterEdited();
    }
}

void AuditLogModel::setCustomTo(const QString &to)
{
    if (m_customTo != to) {
        m_customTo = to;
        filterEdited();
    }
}

void AuditLogModel::setSearchText(const QString &text)
{
    if (m_searchText != text) {
        m_searchText = text;
        filterEdited();
    }
}

void AuditLogModel::clearFilters()
{
    m_actor.clear();
    m_action.clear();
    m_resourceType.clear();
    m_resourceId.clear();
    m_timeRange = AllTime;
    m_customFrom.clear();
    m_customTo.clear();
    m_searchText.clear();
    filterEdited();
}

void AuditLogModel::filterEdited()
{
    Q_EMIT filterChanged();
    m_reloadTimer.start();
}

bool AuditLogModel::filtered() const
{
    return !m_actor.isEmpty() || !m_action.isEmpty() || !m_resourceType.isEmpty() ||
           !m_resourceId.trimmed().isEmpty() || !m_searchText.trimmed().isEmpty() ||
           m_timeRange != AllTime;
}

QString AuditLogModel::rangeError() const
{
    if (m_timeRange != CustomRange) {
        return {};
    }
    const auto invalid = [](const QString &text) {
        return tr("“%1” is not a date. Use YYYY-MM-DD or YYYY-MM-DD HH:MM.").arg(text.trimmed());
    };
    const QDateTime from = parseBound(m_customFrom, false);
    const QDateTime to = parseBound(m_customTo, true);
    if (!m_customFrom.trimmed().isEmpty() && !from.isValid()) {
        return invalid(m_customFrom);
    }
    if (!m_customTo.trimmed().isEmpty() && !to.isValid()) {
        return invalid(m_customTo);
    }
    if (from.isValid() && to.isValid() && from >= to) {
        return tr("The end of the range is before its start.");
    }
    return {};
}

QString AuditLogModel::rangeLabel() const
{
    switch (m_timeRange) {
    case LastHour:
        return tr("Last hour");
    case Last24Hours:
        return tr("Last 24 hours");
    case Last7Days:
        return tr("Last 7 days");
    case Last30Days:
        return tr("Last 30 days");
    case AllTime:
        return tr("All time");
    case CustomRange:
        break;
    }
    if (!rangeError().isEmpty()) {
        return {};
    }
    const QDateTime from = parseBound(m_customFrom, false);
    const QDateTime to = parseBound(m_customTo, true);
    if (from.isValid() && to.isValid()) {
        return tr("%1 – %2", "@info time range").arg(formatBound(from), formatBound(to));
    }
    if (from.isValid()) {
        return tr("Since %1").arg(formatBound(from));
    }
    if (to.isValid()) {
        return tr("Before %1").arg(formatBound(to));
    }
    return tr("All time");
}

QString AuditLogModel::searchHint() const
{
    const QString text = m_searchText.trimmed();
    int run = 0;
    for (const QChar c : text) {
        run = c.isLetterOrNumber() ? run + 1 : 0;
        if (run == 3) {
            return {};
        }
    }
    return text.isEmpty() ? QString()
                          : tr("Searches with three letters or digits in a row use the index; "
                               "this one reads the whole trail and may take a while.");
}

std::optional<auditlog::Filter> AuditLogModel::resolveFilter() const
{
    if (!rangeError().isEmpty()) {
        return std::nullopt;
    }
    auditlog::Filter filter;
    filter.actor = m_actor;
    filter.action = m_action;
    filter.resourceType = m_resourceType;
    filter.resourceId = m_resourceId.trimmed();
    filter.text = m_searchText.trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_timeRange) {
    case LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case Last24Hours:
        filter.from = now.addSecs(qint64(-24) * 3600);
        break;
    case Last7Days:
        filter.from = now.addDays(-7);
        break;
    case Last30Days:
        filter.from = now.addDays(-30);
        break;
    case AllTime:
        break;
    case CustomRange:
        filter.from = parseBound(m_customFrom, false).toUTC();
        filter.to = parseBound(m_customTo, true).toUTC();
        break;
    }
    return filter;
}

QVariantList AuditLogModel::actionChoices() const
{
    QVariantList choices{QVariantMap{{u"value"_s, QString()}, {u"label"_s, tr("Any action")}}};
    for (const QString &action :
         {u"insert"_s, u"update"_s, u"delete"_s, u"truncate"_s, u"prune"_s}) {
        choices.append(QVariantMap{{u"value"_s, action}, {u"label"_s, actionLabel(action)}});
    }
    return choices;
}

QVariantList AuditLogModel::timeRangeChoices() const
{
    QVariantList choices;
    const std::pair<TimeRange, QString> ranges[] = {
        {LastHour, tr("Last hour")},    {Last24Hours, tr("Last 24 hours")},
        {Last7Days, tr("Last 7 days")}, {Last30Days, tr("Last 30 days")},
        {AllTime, tr("All time")},      {CustomRange, tr("Custom range…")}};
    for (const auto &[value, label] : ranges) {
        choices.append(QVariantMap{{u"value"_s, int(value)}, {u"label"_s, label}});
    }
    return choices;
}

QUrl AuditLogModel::suggestedExportFile() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    return QUrl::fromLocalFile(QDir(folder).filePath(
        u"audit-trail-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
}

// --- Loading ---------------------------------------------------------------------------------

void AuditLogModel::reload()
{
    loadChoices();
    reloadList();
}

void AuditLogModel::reloadList()
{
    m_reloadTimer.stop();
    m_coalescer.clear();
    m_lateRows.clear();
    const quint64 generation = ++m_generation;
    if (!database() || !permitted()) {
        // Signed out, or not allowed: nothing to show, and no query the database would refuse.
        m_rows.reset({});
        m_atEnd = true;
        clearSelection();
        setLoading(false);
        setError({});
        if (m_loaded) {
            m_loaded = false;
            Q_EMIT loadedChanged();
        }
        return;
    }
    const auto filter = resolveFilter();
    if (!filter) {
        return; // rangeError says why; the list stays as it was
    }
    m_applied = *filter;
    load(generation, {});
}

QList<AuditLogModel::Row> AuditLogModel::decorate(QList<auditlog::Entry> entries)
{
    QList<Row> rows;
    rows.reserve(entries.size());
    for (auditlog::Entry &entry : entries) {
        QString summary = summarize(entry);
        rows.append({std::move(entry), std::move(summary)});
    }
    return rows;
}

QCoro::Task<> AuditLogModel::load(quint64 generation, auditlog::Cursor after)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        co_return;
    }
    const bool firstPage = after.id == 0;
    m_firstPageInFlight = m_firstPageInFlight || firstPage;
    setLoading(true);
    // One row more than a page tells whether a next page exists.
    auto future = db->run([filter = m_applied, after](QSqlDatabase &connection) {
        return decorate(auditlog::fetchPage(connection, filter, after, kPageSize + 1));
    });
    auto page = co_await future;
    if (!self || generation != m_generation) {
        co_return; // a newer query replaced this one
    }
    if (firstPage) {
        m_firstPageInFlight = false;
    }
    if (!page) {
        setLoading(false);
        setError(tr("Could not load the audit trail: %1").arg(page.error()));
        co_return;
    }
    setError({});
    const bool atEnd = page->size() <= kPageSize;
    std::vector<Row> rows(page->begin(),
                          page->begin() + std::min<qsizetype>(page->size(), kPageSize));
    // Rows first, then the state: a view may call fetchMore from the row signals.
    if (firstPage) {
        m_rows.reset(std::move(rows));
        m_atEnd = atEnd;
        // Entries that arrived live while this page was read may be missing from its snapshot.
        if (!m_lateRows.isEmpty()) {
            QSet<QString> keys;
            for (const Row &row : std::as_const(m_lateRows)) {
                keys.insert(QString::number(row.entry.id));
            }
            m_rows.apply(std::exchange(m_lateRows, {}), keys, m_atEnd);
        }
        if (m_selected && rowOf(m_selected->entry.id) < 0) {
            clearSelection();
        }
    } else {
        m_rows.append(std::move(rows));
        m_atEnd = atEnd;
    }
    setLoading(false);
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> AuditLogModel::loadChoices()
{
    QPointer self{this};
    Database *db = database();
    if (!db || !permitted()) {
        m_actorChoices.clear();
        m_resourceTypeChoices.clear();
        Q_EMIT choicesChanged();
        co_return;
    }
    struct Choices {
        QList<auditlog::Actor> actors;
        QStringList resourceTypes;
    };
    auto future = db->run([](QSqlDatabase &connection) {
        return Choices{auditlog::fetchActors(connection), auditlog::fetchResourceTypes(connection)};
    });
    auto choices = co_await future;
    if (!self || !choices) {
        co_return; // the list reports the database's problem; the choices keep "any"
    }
    m_actorChoices = {
        QVariantMap{{u"value"_s, QString()}, {u"label"_s, tr("Anyone")}, {u"detail"_s, QString()}}};
    bool haveActor = m_actor.isEmpty();
    for (const auditlog::Actor &actor : choices->actors) {
        haveActor = haveActor || actor.dbRole == m_actor;
        m_actorChoices.append(QVariantMap{
            {u"value"_s, actor.dbRole},
            {u"label"_s, actor.displayName.isEmpty() ? actor.dbRole : actor.displayName},
            {u"detail"_s, actor.displayName.isEmpty() ? QString() : actor.dbRole}});
    }
    if (!haveActor) {
        m_actorChoices.append(
            QVariantMap{{u"value"_s, m_actor}, {u"label"_s, m_actor}, {u"detail"_s, QString()}});
    }
    QStringList types = choices->resourceTypes;
    if (!m_resourceType.isEmpty() && !types.contains(m_resourceType)) {
        types << m_resourceType;
    }
    m_resourceTypeChoices = {
        QVariantMap{{u"value"_s, QString()}, {u"label"_s, tr("Any resource")}}};
    for (const QString &type : std::as_const(types)) {
        m_resourceTypeChoices.append(
            QVariantMap{{u"value"_s, type}, {u"label"_s, resourceTypePluralLabel(type)}});
    }
    Q_EMIT choicesChanged();
}

QCoro::Task<> AuditLogModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 generation = m_generation;
    const QSet<QString> requested = keys.value(kTable);
    Database *db = database();
    if (!db || !permitted() || requested.isEmpty()) {
        m_coalescer.finished();
        co_return;
    }
    QList<qint64> ids;
    ids.reserve(requested.size());
    for (const QString &key : requested) {
        ids << key.toLongLong();
    }
    auto future = db->run([filter = m_applied, ids](QSqlDatabase &connection) {
        return decorate(auditlog::fetchByIds(connection, filter, ids));
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == m_generation) {
        if (fresh) {
            if (m_firstPageInFlight) {
                m_lateRows += fresh.value();
            }
            m_rows.apply(fresh.value(), requested, m_atEnd);
            Q_EMIT liveBatchApplied(int(fresh->size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        }
    }
    m_coalescer.finished();
}

// --- Selection -------------------------------------------------------------------------------

int AuditLogModel::rowOf(qint64 entryId) const
{
    return m_rows.indexOfKey(QString::number(entryId));
}

void AuditLogModel::select(qint64 entryId)
{
    const Row *row = m_rows.rowAt(rowOf(entryId));
    if (!row) {
        clearSelection();
        return;
    }
    setSelected(*row);
}

int AuditLogModel::selectRow(int row)
{
    if (m_rows.empty()) {
        return -1;
    }
    const int clamped = std::clamp(row, 0, m_rows.size() - 1);
    setSelected(*m_rows.rowAt(clamped));
    return clamped;
}

void AuditLogModel::clearSelection()
{
    if (!m_selected) {
        return;
    }
    m_selected.reset();
    m_selectedDiff.clear();
    m_selectedDiffTitle.clear();
    m_linkPage.clear();
    m_linkLabel.clear();
    m_linkConversationId.clear();
    Q_EMIT selectedChanged();
    Q_EMIT linkChanged();
}

void AuditLogModel::setSelected(const Row &row)
{
    m_selected = row;
    const auditlog::Entry &entry = row.entry;
    const QJsonObject changes = QJsonDocument::fromJson(entry.changes.toUtf8()).object();
    const QStringList keys = orderedKeys(changes);
    m_selectedDiff.clear();
    const auto text = [](const QJsonValue &value) {
        return isEmptyValue(value) ? tr("empty") : valueText(value);
    };
    for (const QString &key : keys) {
        const QJsonValue value = changes.value(key);
        QVariantMap item{{u"field"_s, key}};
        if (entry.action == u"update") {
            const QJsonObject pair = value.toObject();
            item.insert({{u"kind"_s, u"changed"_s},
                         {u"before"_s, text(pair.value(u"old"_s))},
                         {u"after"_s, text(pair.value(u"new"_s))},
                         {u"beforeEmpty"_s, isEmptyValue(pair.value(u"old"_s))},
                         {u"afterEmpty"_s, isEmptyValue(pair.value(u"new"_s))}});
        } else if (entry.action == u"delete") {
            item.insert({{u"kind"_s, u"removed"_s},
                         {u"before"_s, text(value)},
                         {u"after"_s, QString()},
                         {u"beforeEmpty"_s, isEmptyValue(value)},
                         {u"afterEmpty"_s, true}});
        } else {
            item.insert({{u"kind"_s, u"added"_s},
                         {u"before"_s, QString()},
                         {u"after"_s, text(value)},
                         {u"beforeEmpty"_s, true},
                         {u"afterEmpty"_s, isEmptyValue(value)}});
        }
        m_selectedDiff.append(item);
    }
    const int fields = int(keys.size());
    if (entry.action == u"update") {
        m_selectedDiffTitle =
            fields == 1 ? tr("1 field changed") : tr("%n fields changed", nullptr, fields);
    } else if (entry.action == u"insert") {
        m_selectedDiffTitle = tr("Created with these values");
    } else if (entry.action == u"delete") {
        m_selectedDiffTitle = tr("Deleted; it had these values");
    } else {
        m_selectedDiffTitle = tr("Details");
    }

    // Where a click on the resource leads.
    static const QHash<QString, QString> conversationTypes{{u"conversations"_s, u"conversation"_s},
                                                           {u"messages"_s, u"message"_s},
                                                           {u"contacts"_s, u"contact"_s}};
    m_linkConversationId.clear();
    m_linkPage.clear();
    m_linkLabel.clear();
    const bool mayManage = m_workspace && m_workspace->canManagePeople();
    if (conversationTypes.contains(entry.resourceType) && !entry.resourceId.isEmpty()) {
        m_linkLabel = tr("Finding the conversation…");
        resolveLink(entry.id, entry.resourceType, entry.resourceId);
    } else if (entry.resourceType == u"admin_users" && mayManage) {
        m_linkPage = u"users"_s;
        m_linkLabel = tr("Open People");
    } else if (entry.resourceType == u"api_keys" && mayManage) {
        m_linkPage = u"apikeys"_s;
        m_linkLabel = tr("Open API keys");
    } else if (entry.resourceType == u"whatsapp_webhook_events") {
        m_linkPage = u"events"_s;
        m_linkLabel = tr("Open webhook events");
    }
    Q_EMIT selectedChanged();
    Q_EMIT linkChanged();
}

QCoro::Task<> AuditLogModel::resolveLink(qint64 entryId, QString resourceType, QString resourceId)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        co_return;
    }
    auto future = db->run([resourceType, resourceId](QSqlDatabase &connection) {
        return auditlog::conversationFor(connection, resourceType, resourceId);
    });
    auto conversation = co_await future;
    if (!self || selectedId() != entryId) {
        co_return;
    }
    if (!conversation) {
        m_linkLabel = tr("Could not find the conversation: %1").arg(conversation.error());
    } else if (conversation->isEmpty()) {
        m_linkLabel = resourceType == u"contacts"   ? tr("This contact has no conversation")
                      : resourceType == u"messages" ? tr("The message no longer exists")
                                                    : tr("The conversation no longer exists");
    } else {
        m_linkPage = u"conversations"_s;
        m_linkConversationId = conversation.value();
        m_linkLabel = tr("Open conversation");
    }
    Q_EMIT linkChanged();
}

qint64 AuditLogModel::selectedId() const
{
    return m_selected ? m_selected->entry.id : 0;
}

QString AuditLogModel::selectedFullTime() const
{
    return m_selected ? display::fullTime(m_selected->entry.at) : QString();
}

QString AuditLogModel::selectedActor() const
{
    return m_selected ? m_selected->entry.actor : QString();
}

QString AuditLogModel::selectedActorName() const
{
    if (!m_selected) {
        return {};
    }
    return m_selected->entry.actorName.isEmpty() ? m_selected->entry.actor
                                                 : m_selected->entry.actorName;
}

QString AuditLogModel::selectedOnBehalfOf() const
{
    return m_selected ? m_selected->entry.onBehalfOf : QString();
}

QString AuditLogModel::selectedAction() const
{
    return m_selected ? m_selected->entry.action : QString();
}

QString AuditLogModel::selectedActionLabel() const
{
    return m_selected ? actionLabel(m_selected->entry.action) : QString();
}

QString AuditLogModel::selectedActionTone() const
{
    return m_selected ? actionTone(m_selected->entry.action) : QString();
}

QString AuditLogModel::selectedResourceType() const
{
    return m_selected ? m_selected->entry.resourceType : QString();
}

QString AuditLogModel::selectedResourceLabel() const
{
    return m_selected ? resourceTypeLabel(m_selected->entry.resourceType) : QString();
}

QString AuditLogModel::selectedResourceId() const
{
    return m_selected ? m_selected->entry.resourceId : QString();
}

QString AuditLogModel::selectedOrigin() const
{
    return m_selected ? origin(m_selected->entry) : QString();
}

// --- Export ----------------------------------------------------------------------------------

void AuditLogModel::exportCsv(const QUrl &file)
{
    if (m_export) {
        return;
    }
    m_exportError.clear();
    m_exportStatus.clear();
    QString path = file.isLocalFile() ? file.toLocalFile() : QString();
    if (path.isEmpty()) {
        finishExport(false, {}, tr("Choose a file on this computer to export to."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".csv"_s;
    }
    if (!database() || !permitted()) {
        finishExport(false, {}, tr("Only managers and admins can export the audit trail."));
        return;
    }
    if (!m_loaded) {
        finishExport(false, {}, tr("Wait for the audit trail to load, then export."));
        return;
    }
    m_export = std::make_shared<ExportState>();
    m_exportProgress = -1;
    m_exportStatus = tr("Counting entries…");
    Q_EMIT exportChanged();
    m_exportTimer.start();
    runExport(path);
}

void AuditLogModel::cancelExport()
{
    if (m_export && !m_export->cancel) {
        m_export->cancel = true;
        m_exportStatus = tr("Cancelling…");
        Q_EMIT exportChanged();
    }
}

QCoro::Task<> AuditLogModel::runExport(QString path)
{
    QPointer self{this};
    std::shared_ptr<ExportState> state = m_export;
    Database *db = database();
    auto future = db->run([state, filter = m_applied, path](QSqlDatabase &connection) {
        return auditlog::exportCsvFile(connection, filter, path,
                                       [state](qint64 written, qint64 total) {
                                           state->written = written;
                                           state->total = total;
                                           return !state->cancel;
                                       });
    });
    auto result = co_await future;
    if (!self || m_export != state) {
        co_return;
    }
    const QString name = QFileInfo(path).fileName();
    if (!result) {
        finishExport(false, {}, tr("Export failed: %1").arg(result.error()));
    } else if (result->cancelled) {
        finishExport(false, tr("Export cancelled; no file was written."), {});
    } else {
        const int rows = int(result->rows);
        finishExport(
            true,
            (rows == 1 ? tr("Saved 1 entry to %1") : tr("Saved %n entries to %1", nullptr, rows))
                .arg(name),
            {});
    }
}

void AuditLogModel::updateExportProgress()
{
    if (!m_export || m_export->cancel) {
        return;
    }
    const qint64 total = m_export->total;
    const qint64 written = m_export->written;
    if (total < 0) {
        return;
    }
    m_exportProgress = total == 0 ? 1.0 : double(written) / double(total);
    const QLocale locale;
    m_exportStatus = tr("%1 of %2 entries").arg(locale.toString(written), locale.toString(total));
    Q_EMIT exportChanged();
}

void AuditLogModel::finishExport(bool ok, const QString &status, const QString &error)
{
    m_exportTimer.stop();
    m_export.reset();
    m_exportProgress = ok ? 1.0 : 0.0;
    m_exportStatus = status;
    m_exportError = error;
    Q_EMIT exportChanged();
    Q_EMIT exportFinished(ok, error.isEmpty() ? status : error);
}

} // namespace opsdesk
