#include "incidentlistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "textlength.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace incidentdisplay {
namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    // The context lupdate gives these calls (the namespace).
    return QCoreApplication::translate("opsdesk::incidentdisplay", text, comment, n);
}

} // namespace

QString severityLabel(const QString &severity)
{
    if (severity == u"critical") {
        return tr("Critical", "@label incident severity");
    }
    if (severity == u"high") {
        return tr("High", "@label incident severity");
    }
    if (severity == u"medium") {
        return tr("Medium", "@label incident severity");
    }
    if (severity == u"low") {
        return tr("Low", "@label incident severity");
    }
    return severity;
}

QString severityMeaning(const QString &severity)
{
    if (severity == u"critical") {
        return u"danger"_s;
    }
    if (severity == u"high") {
        return u"warning"_s;
    }
    if (severity == u"medium") {
        return u"info"_s;
    }
    return u"neutral"_s;
}

QString statusLabel(const QString &status)
{
    if (status == u"triggered") {
        return tr("Triggered", "@label incident status");
    }
    if (status == u"acknowledged") {
        return tr("Acknowledged", "@label incident status");
    }
    if (status == u"resolved") {
        return tr("Resolved", "@label incident status");
    }
    return status;
}

QString statusMeaning(const QString &status)
{
    if (status == u"triggered") {
        return u"danger"_s;
    }
    if (status == u"acknowledged") {
        return u"warning"_s;
    }
    return u"success"_s;
}

QString durationLabel(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    if (seconds < kMinute) {
        return tr("%1 s", "@label duration").arg(seconds);
    }
    if (seconds < kHour) {
        return tr("%1 min", "@label duration").arg(seconds / kMinute);
    }
    if (seconds < kDay) {
        const qint64 minutes = (seconds % kHour) / kMinute;
        return minutes == 0
                   ? tr("%1 h", "@label duration").arg(seconds / kHour)
                   : tr("%1 h %2 min", "@label duration").arg(seconds / kHour).arg(minutes);
    }
    const qint64 hours = (seconds % kDay) / kHour;
    const QString days = tr("%n day(s)", "@label duration", int(seconds / kDay));
    return hours == 0 ? days : tr("%1 %2 h", "@label duration: days, hours").arg(days).arg(hours);
}

QString ageLabel(const QDateTime &openedAt, const QDateTime &now)
{
    const qint64 seconds = openedAt.secsTo(now);
    if (seconds < 60) {
        return tr("opened just now");
    }
    return tr("opened %1 ago", "@label incident age").arg(durationLabel(seconds));
}

QString valueLabel(double value, const QString &unit)
{
    QString number = QLocale().toString(value, 'g', 6);
    if (unit.isEmpty()) {
        return number;
    }
    return number + u' ' + unit;
}

QString conditionLabel(const QString &seriesTitle, const QString &comparator, double threshold,
                       const QString &unit, int forSeconds)
{
    const QString condition =
        u"%1 %2 %3"_s.arg(seriesTitle, comparator, valueLabel(threshold, unit));
    if (forSeconds <= 0) {
        return tr("%1 (at once)", "@label alert rule condition without a pending time")
            .arg(condition);
    }
    return tr("%1 for %2", "@label alert rule condition, then its duration")
        .arg(condition, durationLabel(forSeconds));
}

QString sourceLabel(const incidents::Incident &incident)
{
    if (incident.source != u"alert_rule") {
        return incident.openedByName.isEmpty() ? tr("Opened by hand")
                                               : tr("Opened by %1").arg(incident.openedByName);
    }
    if (incident.alertRuleName.isEmpty()) {
        return tr("Alert rule (deleted)");
    }
    return tr("Alert rule “%1”").arg(incident.alertRuleName);
}

QString zonedTime(const QDateTime &at)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    return display::fullTime(at) + u' ' + local.timeZoneAbbreviation();
}

QVariantList severityChoices(bool withAll)
{
    QVariantList choices;
    if (withAll) {
        choices.append(QVariantMap{{u"value"_s, QString()},
                                   {u"label"_s, tr("All severities", "@item filter")}});
    }
    for (const QString &severity : {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}) {
        choices.append(QVariantMap{{u"value"_s, severity}, {u"label"_s, severityLabel(severity)}});
    }
    return choices;
}

} // namespace incidentdisplay

namespace {

const QString kTable = u"incidents"_s;

QStringList statusesFor(const QString &key)
{
    if (key == u"triggered" || key == u"acknowledged" || key == u"resolved") {
        return {key};
    }
    if (key == u"all") {
        return {};
    }
    return {u"triggered"_s, u"acknowledged"_s}; // unresolved
}

} // namespace

IncidentListModel::IncidentListModel(QObject *parent)
    : SessionModelBase({kTable, u"alert_rules"_s}, parent)
    , m_filter{statusesFor(u"unresolved"_s), {}}
    , m_statusKey(u"unresolved"_s)
    , m_rows(
          *this, [](const incidents::Incident &row) { return row.id; }, incidents::newerFirst)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AgeLabelRole});
        }
    });
    m_clock.start();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case IncidentIdRole:
        return row->id;
    case Qt::DisplayRole:
    case TitleRole:
        return row->title;
    case SeverityRole:
        return row->severity;
    case SeverityLabelRole:
        return incidentdisplay::severityLabel(row->severity);
    case SeverityMeaningRole:
        return incidentdisplay::severityMeaning(row->severity);
    case StatusRole:
        return row->status;
    case StatusLabelRole:
        return incidentdisplay::statusLabel(row->status);
    case StatusMeaningRole:
        return incidentdisplay::statusMeaning(row->status);
    case AssigneeNameRole:
        return row->assigneeName;
    case AgeLabelRole:
        return incidentdisplay::ageLabel(row->openedAt);
    case OpenedAtLabelRole:
        return incidentdisplay::zonedTime(row->openedAt);
    case SourceLabelRole:
        return incidentdisplay::sourceLabel(*row);
    case IsResolvedRole:
        return row->status == u"resolved";
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IncidentIdRole, "incidentId"},
            {TitleRole, "title"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {SeverityMeaningRole, "severityMeaning"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {StatusMeaningRole, "statusMeaning"},
            {AssigneeNameRole, "assigneeName"},
            {AgeLabelRole, "ageLabel"},
            {OpenedAtLabelRole, "openedAtLabel"},
            {SourceLabelRole, "sourceLabel"},
            {IsResolvedRole, "isResolved"}};
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.empty() && !m_paging && !loading();
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        loadPage({m_rows.back().openedAtUs, m_rows.back().id});
    }
}

void IncidentListModel::setStatusFilter(const QString &key)
{
    const QString normalized =
        (key == u"triggered" || key == u"acknowledged" || key == u"resolved" || key == u"all")
            ? key
            : u"unresolved"_s;
    setFilter({statusesFor(normalized), m_filter.severity}, normalized);
}

void IncidentListModel::setSeverityFilter(const QString &severity)
{
    const bool known = incidentdisplay::severityLabel(severity) != severity;
    setFilter({m_filter.statuses, known ? severity : QString()}, m_statusKey);
}

void IncidentListModel::setFilter(const incidents::Filter &filter, const QString &statusKey)
{
    if (filter == m_filter && statusKey == m_statusKey) {
        return;
    }
    m_filter = filter;
    m_statusKey = statusKey;
    Q_EMIT filterChanged();
    reload();
}

bool IncidentListModel::filtered() const
{
    return m_statusKey != u"unresolved" || !m_filter.severity.isEmpty();
}

QVariantList IncidentListModel::statusChoices() const
{
    QVariantList choices;
    const std::pair<QString, QString> items[] = {
        {u"unresolved"_s, tr("Unresolved", "@item incident status filter")},
        {u"triggered"_s, tr("Triggered", "@item incident status filter")},
        {u"acknowledged"_s, tr("Acknowledged", "@item incident status filter")},
        {u"resolved"_s, tr("Resolved", "@item incident status filter")},
        {u"all"_s, tr("All statuses", "@item incident status filter")},
    };
    for (const auto &[value, label] : items) {
        choices.append(QVariantMap{{u"value"_s, value}, {u"label"_s, label}});
    }
    return choices;
}

QVariantList IncidentListModel::severityChoices() const
{
    return incidentdisplay::severityChoices(true);
}

bool IncidentListModel::canManage() const
{
    return workspace() && workspace()->canManageIncidents();
}

void IncidentListModel::setAnnounceSeverities(const QStringList &severities)
{
    if (m_announce != severities) {
        m_announce = severities;
        Q_EMIT announceSeveritiesChanged();
    }
}

QString IncidentListModel::idAt(int row) const
{
    const auto *incident = m_rows.rowAt(row);
    return incident ? incident->id : QString();
}

QString IncidentListModel::titleProblem(const QString &title) const
{
    const qsizetype length = characterCount(title.trimmed());
    if (length == 0) {
        return tr("Give the incident a title that says what is wrong, e.g. “Customers get no "
                  "delivery receipts”.");
    }
    if (length > kMaxTitleLength) {
        return tr("The title has %1 characters; at most %2 fit.").arg(length).arg(kMaxTitleLength);
    }
    return {};
}

QString IncidentListModel::descriptionProblem(const QString &description) const
{
    const qsizetype length = characterCount(description);
    if (length > kMaxDescriptionLength) {
        return tr("The description has %1 characters; at most %2 fit.")
            .arg(QLocale().toString(length), QLocale().toString(kMaxDescriptionLength));
    }
    return {};
}

void IncidentListModel::openIncident(const QString &title, const QString &severity,
                                     const QString &description, const QString &assigneeId)
{
    if (busy()) {
        return;
    }
    const QString titleIssue = titleProblem(title);
    const QString descriptionIssue = descriptionProblem(description);
    if (!titleIssue.isEmpty() || !descriptionIssue.isEmpty()) {
        setErrors(titleIssue, descriptionIssue, {});
        return;
    }
    create({title.trimmed(), severity, description.trimmed(), assigneeId});
}

void IncidentListModel::clearErrors()
{
    setErrors({}, {}, {});
}

void IncidentListModel::setErrors(const QString &title, const QString &description,
                                  const QString &action)
{
    setActionError(action);
    if (m_titleError != title || m_descriptionError != description) {
        m_titleError = title;
        m_descriptionError = description;
        Q_EMIT errorsChanged();
    }
}

void IncidentListModel::clearRows()
{
    m_rows.reset({});
    m_atEnd = true;
}

QString IncidentListModel::deniedReason() const
{
    return workspace() && workspace()->canReadIncidents()
               ? QString()
               : tr("Only managers and admins see incidents.");
}

void IncidentListModel::onPersonChanged()
{
    m_watchSince = {};
    m_known.clear();
    Q_EMIT canManageChanged();
}

QCoro::Task<> IncidentListModel::loadPage(incidents::Cursor after)
{
    QPointer self{this};
    const quint64 loading = generation();
    const bool fromTop = after.id.isEmpty();
    const incidents::Filter filter = m_filter;
    const bool needClock = !m_watchSince.isValid();
    if (fromTop) {
        setLoading(true);
    } else {
        m_paging = true;
    }
    auto future = database()->run([filter, after, needClock](QSqlDatabase &db) {
        const QDateTime now = needClock ? incidents::serverTime(db) : QDateTime();
        return std::make_pair(now, incidents::fetchPage(db, filter, after, kPageSize));
    });
    auto page = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    m_paging = false;
    setLoading(false);
    if (!page) {
        setError(tr("Could not load incidents: %1").arg(page.error()));
        co_return;
    }
    setError({});
    if (needClock && page->first.isValid()) {
        m_watchSince = page->first;
    }
    const auto &rows = page->second;
    for (const auto &row : rows) {
        m_known.insert(row.id);
    }
    m_atEnd = rows.size() < kPageSize;
    if (fromTop) {
        m_rows.reset(std::vector<incidents::Incident>(rows.begin(), rows.end()));
    } else {
        m_rows.append(std::vector<incidents::Incident>(rows.begin(), rows.end()));
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> IncidentListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 loading = generation();
    const QSet<QString> changed = keys.value(kTable);
    QStringList ids(changed.begin(), changed.end());
    // A renamed or deleted alert rule changes the source label of the incidents it opened.
    const QSet<QString> rules = keys.value(u"alert_rules"_s);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (rules.contains(m_rows.rowAt(i)->alertRuleId) &&
            !changed.contains(m_rows.rowAt(i)->id)) {
            ids.append(m_rows.rowAt(i)->id);
        }
    }
    if (ids.isEmpty()) {
        refetchDone();
        co_return;
    }
    const incidents::Filter filter = m_filter;
    auto future = database()->run(
        [filter, ids](QSqlDatabase &db) { return incidents::fetchByIds(db, filter, ids); });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (loading == generation()) {
        if (fresh) {
            announce(fresh.value());
            m_rows.apply(fresh.value(), QSet<QString>(ids.begin(), ids.end()), m_atEnd);
            Q_EMIT liveBatchApplied(int(fresh->size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        }
    }
    refetchDone();
}

void IncidentListModel::announce(const QList<incidents::Incident> &fresh)
{
    for (const auto &incident : fresh) {
        if (m_known.contains(incident.id)) {
            continue;
        }
        m_known.insert(incident.id);
        if (m_watchSince.isValid() && incident.openedAt >= m_watchSince &&
            m_announce.contains(incident.severity)) {
            Q_EMIT incidentOpened(incident.id, incident.title, incident.severity,
                                  incidentdisplay::severityLabel(incident.severity));
        }
    }
}

QCoro::Task<> IncidentListModel::create(incidents::NewIncident incident)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setErrors({}, {}, tr("Sign in to open incidents."));
        co_return;
    }
    setBusy(true);
    clearErrors();
    auto future = db->run([incident](QSqlDatabase &connection) -> std::pair<QString, QString> {
        try {
            return {incidents::open(connection, incident), {}};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            if (error.sqlState() == u"42501") {
                return {{},
                        tr("Only admins open incidents (%1).")
                            .arg(incidents::refusal(error.message()))};
            }
            return {{}, incidents::refusal(error.message())};
        }
    });
    auto result = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!result) {
        setErrors({}, {}, tr("Could not open the incident: %1").arg(result.error()));
        co_return;
    }
    if (result->first.isEmpty()) {
        setErrors({}, {}, tr("Could not open the incident: %1").arg(result->second));
        co_return;
    }
    m_known.insert(result->first); // our own: no banner for it
    queueChanges({Change{0, kTable, 'I', result->first}});
    Q_EMIT opened(result->first);
}

} // namespace opsdesk
