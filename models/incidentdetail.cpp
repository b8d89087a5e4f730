#include "incidentdetail.h"

#include "database.h"
#include "displayformat.h"
#include "incidentlistmodel.h"
#include "textlength.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kIncidents = u"incidents"_s;
const QString kEvents = u"incident_events"_s;
const QString kRules = u"alert_rules"_s;
const QString kPeople = u"admin_users"_s;

bool oldestFirst(const incidents::Event &a, const incidents::Event &b)
{
    return a.at != b.at ? a.at < b.at : a.id < b.id;
}

/// The chart of a metric line: its points and ranges.
struct Chart {
    QVariantList points;
    double minX = 0;
    double maxX = 1;
    double minY = 0;
    double maxY = 1;
};

Chart chartOf(const QJsonObject &data)
{
    Chart chart;
    const QJsonArray points = data.value(u"points"_s).toArray();
    const double threshold = data.value(u"threshold"_s).toDouble();
    double minY = threshold;
    double maxY = threshold;
    bool first = true;
    for (const auto &value : points) {
        const QJsonArray point = value.toArray();
        const double x = point.at(0).toDouble();
        const double y = point.at(1).toDouble();
        chart.points.append(QVariantMap{{u"x"_s, x}, {u"y"_s, y}});
        if (first) {
            chart.minX = chart.maxX = x;
            first = false;
        }
        chart.minX = std::min(chart.minX, x);
        chart.maxX = std::max(chart.maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    if (chart.maxX <= chart.minX) {
        chart.maxX = chart.minX + 1;
    }
    const double pad = std::max(1e-9, (maxY - minY) * 0.1);
    chart.minY = minY >= 0 && minY - pad < 0 ? 0 : minY - pad;
    chart.maxY = maxY + (maxY == minY ? std::max(1.0, std::abs(maxY) * 0.1) : pad);
    return chart;
}

QString meaningOf(const incidents::Event &event)
{
    if (event.kind == u"note") {
        return u"info"_s;
    }
    if (event.kind == u"metric") {
        return u"danger"_s;
    }
    if (event.kind == u"status") {
        const QString to = event.data.value(u"to"_s).toString();
        return to.isEmpty() ? u"neutral"_s : incidentdisplay::statusMeaning(to);
    }
    return u"neutral"_s;
}

} // namespace

QString IncidentDetail::bodyLabel(const incidents::Event &event)
{
    const auto afterPrefix = [&event](QStringView prefix) {
        return event.body.startsWith(prefix) ? event.body.mid(prefix.size()) : event.body;
    };
    if (event.kind == u"status" && event.data.contains(u"severityTo")) {
        return tr("Severity changed from %1 to %2")
            .arg(incidentdisplay::severityLabel(event.data.value(u"severityFrom").toString()),
                 incidentdisplay::severityLabel(event.data.value(u"severityTo").toString()));
    }
    if (event.kind == u"status" && event.data.contains(u"to")) {
        const QString to = event.data.value(u"to").toString();
        if (event.data.value(u"from").isNull()) {
            return event.body.startsWith(u"Opened by alert rule") ? tr("Opened by alert rule")
                                                                  : tr("Opened");
        }
        if (to == u"acknowledged") {
            return tr("Acknowledged", "@info timeline");
        }
        if (to == u"resolved") {
            return tr("Resolved: %1", "@info timeline").arg(afterPrefix(u"Resolved: "));
        }
        if (to == u"triggered") {
            return tr("Reopened", "@info timeline");
        }
    }
    if (event.kind == u"assignment") {
        return event.data.value(u"to").isNull()
                   ? tr("Unassigned", "@info timeline")
                   : tr("Assigned to %1", "@info timeline").arg(afterPrefix(u"Assigned to "));
    }
    return event.body;
}

QString IncidentDetail::kindLabel(const QString &kind)
{
    if (kind == u"note") {
        return tr("Note", "@label timeline line kind");
    }
    if (kind == u"assignment") {
        return tr("Assignment", "@label timeline line kind");
    }
    if (kind == u"metric") {
        return tr("Metric", "@label timeline line kind");
    }
    return tr("Status", "@label timeline line kind");
}

IncidentDetail::IncidentDetail(QObject *parent)
    : SessionModelBase({kIncidents, kEvents, kRules, kPeople}, parent)
    , m_rows(
          *this, [](const incidents::Event &row) { return QString::number(row.id); }, oldestFirst)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        Q_EMIT clockChanged();
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TimeLabelRole});
        }
    });
    m_clock.start();
    connect(this, &IncidentDetail::incidentChanged, this, &IncidentDetail::clockChanged);
}

int IncidentDetail::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant IncidentDetail::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    const bool chart = row->kind == u"metric" && !row->data.value(u"points"_s).toArray().isEmpty();
    switch (role) {
    case EventIdRole:
        return row->id;
    case KindRole:
        return row->kind;
    case KindLabelRole:
        return kindLabel(row->kind);
    case Qt::DisplayRole:
    case BodyRole:
        return bodyLabel(*row);
    case ActorNameRole:
        return row->actorName;
    case TimeLabelRole:
        return display::shortTime(row->at);
    case FullTimeRole:
        return incidentdisplay::zonedTime(row->at);
    case MeaningRole:
        return meaningOf(*row);
    case HasChartRole:
        return chart;
    case ChartPointsRole:
        return chart ? chartOf(row->data).points : QVariantList();
    case ChartMinXRole:
        return chartOf(row->data).minX;
    case ChartMaxXRole:
        return chartOf(row->data).maxX;
    case ChartMinYRole:
        return chartOf(row->data).minY;
    case ChartMaxYRole:
        return chartOf(row->data).maxY;
    case ThresholdRole:
        return row->data.value(u"threshold"_s).toDouble();
    case ChartCaptionRole: {
        if (row->kind != u"metric") {
            return QString();
        }
        const QString unit = row->data.value(u"unit"_s).toString();
        return tr("%1: %2 (threshold %3 %4)", "@label metric snapshot: series, value, condition")
            .arg(row->data.value(u"title"_s).toString(),
                 incidentdisplay::valueLabel(row->data.value(u"value"_s).toDouble(), unit),
                 row->data.value(u"comparator"_s).toString(),
                 incidentdisplay::valueLabel(row->data.value(u"threshold"_s).toDouble(), unit));
    }
    case ChartRangeLabelRole: {
        if (!chart) {
            return QString();
        }
        const Chart range = chartOf(row->data);
        const auto time = [](double epoch) {
            return QLocale().toString(
                QDateTime::fromSecsSinceEpoch(qint64(epoch), Qt::UTC).toLocalTime().time(),
                QLocale::ShortFormat);
        };
        return u"%1 – %2"_s.arg(time(range.minX), time(range.maxX));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentDetail::roleNames() const
{
    return {{EventIdRole, "eventId"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {BodyRole, "body"},
            {ActorNameRole, "actorName"},
            {TimeLabelRole, "timeLabel"},
            {FullTimeRole, "fullTime"},
            {MeaningRole, "meaning"},
            {HasChartRole, "hasChart"},
            {ChartPointsRole, "chartPoints"},
            {ChartMinXRole, "chartMinX"},
            {ChartMaxXRole, "chartMaxX"},
            {ChartMinYRole, "chartMinY"},
            {ChartMaxYRole, "chartMaxY"},
            {ThresholdRole, "threshold"},
            {ChartCaptionRole, "chartCaption"},
            {ChartRangeLabelRole, "chartRangeLabel"}};
}

void IncidentDetail::setIncidentId(const QString &id)
{
    if (m_id == id) {
        return;
    }
    m_id = id;
    Q_EMIT incidentIdChanged();
    setActionError({});
    if (m_incident && m_incident->id != id) {
        setIncident(std::nullopt);
    }
    reload();
}

QString IncidentDetail::severityLabel() const
{
    return incidentdisplay::severityLabel(severity());
}

QString IncidentDetail::severityMeaning() const
{
    return incidentdisplay::severityMeaning(severity());
}

QString IncidentDetail::statusLabel() const
{
    return incidentdisplay::statusLabel(status());
}

QString IncidentDetail::statusMeaning() const
{
    return incidentdisplay::statusMeaning(status());
}

QString IncidentDetail::assigneeLabel() const
{
    if (!m_incident) {
        return {};
    }
    return m_incident->assigneeName.isEmpty() ? tr("Nobody", "@label no assignee")
                                              : m_incident->assigneeName;
}

QString IncidentDetail::sourceLabel() const
{
    return m_incident ? incidentdisplay::sourceLabel(*m_incident) : QString();
}

QString IncidentDetail::conditionLabel() const
{
    if (!m_incident || m_incident->seriesTitle.isEmpty()) {
        return {};
    }
    return incidentdisplay::conditionLabel(m_incident->seriesTitle, m_incident->comparator,
                                           m_incident->threshold, m_incident->unit,
                                           m_incident->forSeconds);
}

QString IncidentDetail::openedAtLabel() const
{
    return m_incident ? incidentdisplay::zonedTime(m_incident->openedAt) : QString();
}

QString IncidentDetail::acknowledgedAtLabel() const
{
    return m_incident ? incidentdisplay::zonedTime(m_incident->acknowledgedAt) : QString();
}

QString IncidentDetail::resolvedAtLabel() const
{
    return m_incident ? incidentdisplay::zonedTime(m_incident->resolvedAt) : QString();
}

QString IncidentDetail::durationLabel() const
{
    if (!m_incident) {
        return {};
    }
    if (m_incident->resolvedAt.isValid()) {
        return tr("Resolved after %1")
            .arg(incidentdisplay::durationLabel(
                m_incident->openedAt.secsTo(m_incident->resolvedAt)));
    }
    return tr("Open for %1")
        .arg(incidentdisplay::durationLabel(
            m_incident->openedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

bool IncidentDetail::canManage() const
{
    return workspace() && workspace()->canManageIncidents();
}

QString IncidentDetail::readOnlyReason() const
{
    if (canManage()) {
        return {};
    }
    return tr("Managers can read incidents; only admins acknowledge, resolve and change them.");
}

QVariantList IncidentDetail::responders() const
{
    const QString me = workspace() ? workspace()->personId() : QString();
    QVariantList people;
    for (const auto &person : m_responders) {
        people.append(QVariantMap{
            {u"id"_s, person.id}, {u"name"_s, person.displayName}, {u"isMe"_s, person.id == me}});
    }
    return people;
}

QVariantList IncidentDetail::assigneeChoices() const
{
    const QString me = workspace() ? workspace()->personId() : QString();
    QVariantList choices{
        QVariantMap{{u"value"_s, QString()}, {u"label"_s, tr("Nobody yet", "@item assignee")}}};
    for (const auto &person : m_responders) {
        choices.append(
            QVariantMap{{u"value"_s, person.id},
                        {u"label"_s, person.id == me ? tr("%1 (you)").arg(person.displayName)
                                                     : person.displayName}});
    }
    return choices;
}

QVariantList IncidentDetail::severityChoices() const
{
    return incidentdisplay::severityChoices(false);
}

QString IncidentDetail::summaryProblem(const QString &summary) const
{
    const qsizetype length = characterCount(summary.trimmed());
    if (length == 0) {
        return tr("Write what happened and what fixed it: the summary is required to resolve.");
    }
    if (length > kMaxSummaryLength) {
        return tr("The summary has %1 characters; at most %2 fit.")
            .arg(QLocale().toString(length), QLocale().toString(kMaxSummaryLength));
    }
    return {};
}

QString IncidentDetail::noteProblem(const QString &body) const
{
    const qsizetype length = characterCount(body.trimmed());
    if (length == 0) {
        return tr("Write the note first.");
    }
    if (length > kMaxNoteLength) {
        return tr("The note has %1 characters; at most %2 fit.")
            .arg(QLocale().toString(length), QLocale().toString(kMaxNoteLength));
    }
    return {};
}

void IncidentDetail::resolve(const QString &summary)
{
    if (const QString problem = summaryProblem(summary); !problem.isEmpty()) {
        setActionError(problem);
        return;
    }
    changeStatus(u"resolved"_s, summary);
}

void IncidentDetail::changeStatus(const QString &status, const QString &summary)
{
    const QString id = m_id;
    runAction(status, [id, status, summary](const QSqlDatabase &db) {
        incidents::setStatus(db, id, status, summary);
    });
}

void IncidentDetail::assign(const QString &personId)
{
    const QString id = m_id;
    runAction(u"assigned"_s,
              [id, personId](const QSqlDatabase &db) { incidents::assign(db, id, personId); });
}

void IncidentDetail::setSeverity(const QString &severity)
{
    const QString id = m_id;
    runAction(u"severity"_s,
              [id, severity](const QSqlDatabase &db) { incidents::setSeverity(db, id, severity); });
}

void IncidentDetail::addNote(const QString &body)
{
    if (const QString problem = noteProblem(body); !problem.isEmpty()) {
        setActionError(problem);
        return;
    }
    const QString id = m_id;
    runAction(u"note"_s, [id, body](const QSqlDatabase &db) { incidents::addNote(db, id, body); });
}

QCoro::Task<> IncidentDetail::runAction(QString action, Action work)
{
    QPointer self{this};
    Database *db = database();
    if (!db || m_id.isEmpty()) {
        setActionError(tr("Choose an incident first."));
        co_return;
    }
    setBusy(true);
    setActionError({});
    auto future = db->run([work](QSqlDatabase &connection) -> QString {
        try {
            work(connection);
            return {};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            QString words = incidents::refusal(error.message());
            if (error.sqlState() == u"42501") {
                return tr("Your role may read incidents but not change them (%1).").arg(words);
            }
            if (error.sqlState() == u"ODI04") {
                return tr("%1. Write a summary of what happened to resolve it.").arg(words);
            }
            return words;
        }
    });
    auto refused = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!refused) {
        setActionError(tr("Could not save: %1").arg(refused.error()));
        co_return;
    }
    if (!refused->isEmpty()) {
        setActionError(refused.value());
        co_return;
    }
    // Shown at once; the change feed's copy arrives later as a no-op.
    queueChanges({Change{0, kIncidents, 'U', m_id}, Change{0, kEvents, 'I', QString()}});
    Q_EMIT actionDone(action);
    if (action == u"note") {
        Q_EMIT noteAdded();
    }
}

void IncidentDetail::setIncident(std::optional<incidents::Incident> incident)
{
    m_incident = std::move(incident);
    Q_EMIT incidentChanged();
}

void IncidentDetail::clearRows()
{
    m_rows.reset({});
    if (m_incident) {
        setIncident(std::nullopt);
    }
}

QString IncidentDetail::deniedReason() const
{
    return workspace() && workspace()->canReadIncidents()
               ? QString()
               : tr("Only managers and admins see incidents.");
}

QCoro::Task<> IncidentDetail::load()
{
    QPointer self{this};
    const quint64 loading = generation();
    if (m_responders.isEmpty()) {
        loadResponders();
    }
    const QString id = m_id;
    if (id.isEmpty()) {
        clearRows();
        setLoading(false);
        setError({});
        co_return;
    }
    setLoading(true);
    auto future = database()->run([id](QSqlDatabase &db) {
        return std::make_pair(incidents::fetchOne(db, id), incidents::fetchEvents(db, id));
    });
    auto result = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    setLoading(false);
    if (!result) {
        setError(tr("Could not load the incident: %1").arg(result.error()));
        co_return;
    }
    if (!result->first) {
        clearRows();
        setError(tr("This incident does not exist or you may not see it."));
        co_return;
    }
    setError({});
    setIncident(result->first);
    m_rows.reset(std::vector<incidents::Event>(result->second.begin(), result->second.end()));
}

QCoro::Task<> IncidentDetail::loadResponders()
{
    QPointer self{this};
    auto future = database()->run([](QSqlDatabase &db) { return incidents::fetchResponders(db); });
    auto people = co_await future;
    if (!self || !people) {
        co_return;
    }
    m_responders = people.value();
    Q_EMIT respondersChanged();
}

QCoro::Task<> IncidentDetail::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 loading = generation();
    if (keys.contains(kPeople)) {
        loadResponders();
    }
    const QString id = m_id;
    const bool incidentChanged =
        keys.value(kIncidents).contains(id) ||
        (m_incident && keys.value(kRules).contains(m_incident->alertRuleId)) ||
        keys.contains(kPeople);
    const bool eventsChanged = keys.contains(kEvents);
    if (id.isEmpty() || (!incidentChanged && !eventsChanged)) {
        refetchDone();
        co_return;
    }
    auto future = database()->run([id, incidentChanged, eventsChanged](QSqlDatabase &db) {
        std::optional<std::optional<incidents::Incident>> incident;
        std::optional<QList<incidents::Event>> events;
        if (incidentChanged) {
            incident = incidents::fetchOne(db, id);
        }
        if (eventsChanged) {
            events = incidents::fetchEvents(db, id);
        }
        return std::make_pair(incident, events);
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (loading == generation() && id == m_id) {
        if (!fresh) {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        } else {
            const auto &[incident, events] = fresh.value();
            if (incident.has_value()) {
                setIncident(incident.value()); // NOLINT(bugprone-unchecked-optional-access)
            }
            if (events.has_value()) {
                const QList<incidents::Event> &lines =
                    events.value(); // NOLINT(bugprone-unchecked-optional-access)
                QSet<QString> requested;
                for (int i = 0; i < m_rows.size(); ++i) {
                    requested.insert(QString::number(m_rows.rowAt(i)->id));
                }
                for (const auto &event : lines) {
                    requested.insert(QString::number(event.id));
                }
                m_rows.apply(lines, requested, true);
                Q_EMIT liveBatchApplied(int(lines.size()));
            }
        }
    }
    refetchDone();
}

} // namespace opsdesk
