#include "alertrulelistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "incidentlistmodel.h"
#include "textlength.h"
#include "workspace.h"

#include <QLocale>
#include <QPointer>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kRules = u"alert_rules"_s;
const QString kSeries = u"metric_series"_s;
const QStringList kComparators{u">"_s, u">="_s, u"<"_s, u"<="_s};
const QStringList kSeverities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};

bool byName(const alertrules::Rule &a, const alertrules::Rule &b)
{
    return a.name != b.name ? a.name < b.name : a.id < b.id;
}

std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok) {
        value = QLocale().toDouble(trimmed, &ok);
    }
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > AlertRuleListModel::kMaxSeconds) {
        return std::nullopt;
    }
    return value;
}

QString timeOf(const QDateTime &at)
{
    return display::shortTime(at);
}

} // namespace

AlertRuleListModel::AlertRuleListModel(QObject *parent)
    : SessionModelBase({kRules, kSeries}, parent)
    , m_rows(
          *this, [](const alertrules::Rule &row) { return row.id; }, byName)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {StateLabelRole, LastValueLabelRole});
        }
    });
    m_clock.start();
}

int AlertRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant AlertRuleListModel::data(const QModelIndex &index, int role) const
{
    const auto *row = m_rows.rowAt(index.row());
    if (!row || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case RuleIdRole:
        return row->id;
    case Qt::DisplayRole:
    case NameRole:
        return row->name;
    case SeriesIdRole:
        return row->seriesId;
    case SeriesTitleRole:
        return row->seriesTitle;
    case UnitRole:
        return row->unit;
    case ConditionLabelRole:
        return incidentdisplay::conditionLabel(row->seriesTitle, row->comparator, row->threshold,
                                               row->unit, row->forSeconds);
    case ComparatorRole:
        return row->comparator;
    case ThresholdRole:
        return row->threshold;
    case ThresholdTextRole:
        return QLocale::c().toString(row->threshold, 'g', 15);
    case ForSecondsRole:
        return row->forSeconds;
    case RecoverSecondsRole:
        return row->recoverSeconds;
    case RecoverLabelRole:
        return row->recoverSeconds == 0
                   ? tr("Recovers as soon as the condition clears")
                   : tr("Recovers after %1 clear")
                         .arg(incidentdisplay::durationLabel(row->recoverSeconds));
    case SeverityRole:
        return row->severity;
    case SeverityLabelRole:
        return incidentdisplay::severityLabel(row->severity);
    case SeverityMeaningRole:
        return incidentdisplay::severityMeaning(row->severity);
    case EnabledRole:
        return row->enabled;
    case AutoResolveRole:
        return row->autoResolve;
    case StateRole:
        return row->state;
    case StateLabelRole:
        if (!row->enabled) {
            return tr("Off", "@label alert rule switched off");
        }
        if (row->state == u"pending") {
            return tr("Pending since %1").arg(timeOf(row->stateSince));
        }
        if (row->state == u"alerting") {
            return tr("Alerting since %1").arg(timeOf(row->stateSince));
        }
        if (row->state == u"recovering") {
            return tr("Recovering since %1").arg(timeOf(row->stateSince));
        }
        return tr("Normal", "@label alert rule state");
    case StateMeaningRole:
        if (!row->enabled) {
            return u"neutral"_s;
        }
        if (row->state == u"pending") {
            return u"warning"_s;
        }
        if (row->state == u"alerting") {
            return u"danger"_s;
        }
        if (row->state == u"recovering") {
            return u"info"_s;
        }
        return u"success"_s;
    case LastValueLabelRole:
        if (!row->lastValue || !row->evaluatedAt.isValid()) {
            return row->evaluatedAt.isValid() ? tr("No recent sample") : QString();
        }
        return tr("Last value %1 at %2")
            .arg(incidentdisplay::valueLabel(*row->lastValue, row->unit), timeOf(row->evaluatedAt));
    case IncidentIdRole:
        return row->incidentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertRuleListModel::roleNames() const
{
    return {{RuleIdRole, "ruleId"},
            {NameRole, "name"},
            {SeriesIdRole, "seriesId"},
            {SeriesTitleRole, "seriesTitle"},
            {UnitRole, "unit"},
            {ConditionLabelRole, "conditionLabel"},
            {ComparatorRole, "comparator"},
            {ThresholdRole, "threshold"},
            {ThresholdTextRole, "thresholdText"},
            {ForSecondsRole, "forSeconds"},
            {RecoverSecondsRole, "recoverSeconds"},
            {RecoverLabelRole, "recoverLabel"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {SeverityMeaningRole, "severityMeaning"},
            {EnabledRole, "enabled"},
            {AutoResolveRole, "autoResolve"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {StateMeaningRole, "stateMeaning"},
            {LastValueLabelRole, "lastValueLabel"},
            {IncidentIdRole, "incidentId"}};
}

bool AlertRuleListModel::canEdit() const
{
    return workspace() && workspace()->canManageIncidents();
}

QString AlertRuleListModel::readOnlyReason() const
{
    return canEdit() ? QString()
                     : tr("Managers can read alert rules; only admins add and change them.");
}

QVariantList AlertRuleListModel::seriesChoices() const
{
    QVariantList choices;
    for (const auto &series : m_series) {
        const QString detail =
            series.unit.isEmpty() ? series.name : u"%1 · %2"_s.arg(series.name, series.unit);
        choices.append(QVariantMap{{u"value"_s, series.id},
                                   {u"label"_s, series.title},
                                   {u"detail"_s, detail},
                                   {u"unit"_s, series.unit}});
    }
    return choices;
}

QVariantList AlertRuleListModel::comparatorChoices() const
{
    const std::pair<QString, QString> items[] = {
        {u">"_s, tr("> above", "@item comparator")},
        {u">="_s, tr("≥ at or above", "@item comparator")},
        {u"<"_s, tr("< below", "@item comparator")},
        {u"<="_s, tr("≤ at or below", "@item comparator")},
    };
    QVariantList choices;
    for (const auto &[value, label] : items) {
        choices.append(QVariantMap{{u"value"_s, value}, {u"label"_s, label}});
    }
    return choices;
}

QVariantList AlertRuleListModel::severityChoices() const
{
    return incidentdisplay::severityChoices(false);
}

QString AlertRuleListModel::idAt(int row) const
{
    const auto *rule = m_rows.rowAt(row);
    return rule ? rule->id : QString();
}

QString AlertRuleListModel::unitOf(int seriesId) const
{
    for (const auto &series : m_series) {
        if (series.id == seriesId) {
            return series.unit;
        }
    }
    return {};
}

QString AlertRuleListModel::nameProblem(const QString &name, const QString &id) const
{
    const QString trimmed = name.trimmed();
    const qsizetype length = characterCount(trimmed);
    if (length == 0) {
        return tr("Name the rule: it becomes the title of the incidents it opens.");
    }
    if (length > kMaxNameLength) {
        return tr("The name has %1 characters; at most %2 fit.").arg(length).arg(kMaxNameLength);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.rowAt(i)->name == trimmed && m_rows.rowAt(i)->id != id) {
            return tr("A rule named “%1” already exists.").arg(trimmed);
        }
    }
    return {};
}

QString AlertRuleListModel::seriesProblem(int seriesId) const
{
    for (const auto &series : m_series) {
        if (series.id == seriesId) {
            return {};
        }
    }
    return tr("Pick the metric the rule watches.");
}

QString AlertRuleListModel::thresholdProblem(const QString &threshold) const
{
    if (threshold.trimmed().isEmpty()) {
        return tr("Enter the threshold the metric is compared with, e.g. 25.");
    }
    if (!parseNumber(threshold)) {
        return tr("The threshold must be a number, e.g. 25 or 0.5.");
    }
    return {};
}

QString AlertRuleListModel::secondsProblem(const QString &seconds) const
{
    if (!parseSeconds(seconds)) {
        return tr("Enter whole seconds from 0 to %1 (24 h).").arg(QLocale().toString(kMaxSeconds));
    }
    return {};
}

QString AlertRuleListModel::previewCondition(int seriesId, const QString &comparator,
                                             const QString &threshold,
                                             const QString &forSeconds) const
{
    const auto value = parseNumber(threshold);
    const auto seconds = parseSeconds(forSeconds);
    if (!value || !seconds || !kComparators.contains(comparator)) {
        return {};
    }
    for (const auto &series : m_series) {
        if (series.id == seriesId) {
            return incidentdisplay::conditionLabel(series.title, comparator, *value, series.unit,
                                                   *seconds);
        }
    }
    return {};
}

void AlertRuleListModel::save(const QString &id, const QString &name, int seriesId,
                              const QString &comparator, const QString &threshold,
                              const QString &forSeconds, const QString &recoverSeconds,
                              const QString &severity, bool enabled, bool autoResolve)
{
    if (busy()) {
        return;
    }
    const Errors errors{nameProblem(name, id), seriesProblem(seriesId), thresholdProblem(threshold),
                        secondsProblem(forSeconds), secondsProblem(recoverSeconds)};
    if (errors != Errors{}) {
        setErrors(errors, {});
        return;
    }
    alertrules::Rule rule;
    rule.id = id;
    rule.name = name.trimmed();
    rule.seriesId = seriesId;
    rule.comparator = kComparators.contains(comparator) ? comparator : u">"_s;
    rule.threshold = parseNumber(threshold).value_or(0);
    rule.forSeconds = parseSeconds(forSeconds).value_or(0);
    rule.recoverSeconds = parseSeconds(recoverSeconds).value_or(0);
    rule.severity = kSeverities.contains(severity) ? severity : u"high"_s;
    rule.enabled = enabled;
    rule.autoResolve = autoResolve;
    store(rule);
}

void AlertRuleListModel::setEnabled(const QString &id, bool enabled)
{
    runWrite(
        id, [id, enabled](const QSqlDatabase &db) { alertrules::setEnabled(db, id, enabled); },
        false);
}

void AlertRuleListModel::remove(const QString &id)
{
    runWrite(
        id, [id](const QSqlDatabase &db) { alertrules::remove(db, id); }, true);
}

void AlertRuleListModel::clearErrors()
{
    setErrors({}, {});
}

void AlertRuleListModel::setErrors(const Errors &errors, const QString &action)
{
    setActionError(action);
    if (m_errors != errors) {
        m_errors = errors;
        Q_EMIT errorsChanged();
    }
}

QString AlertRuleListModel::deniedReason() const
{
    return workspace() && workspace()->canReadIncidents()
               ? QString()
               : tr("Only managers and admins see alert rules.");
}

QCoro::Task<> AlertRuleListModel::load()
{
    QPointer self{this};
    const quint64 loading = generation();
    setLoading(true);
    auto future = database()->run([](QSqlDatabase &db) {
        return std::make_pair(alertrules::fetchAll(db), alertrules::fetchSeries(db));
    });
    auto result = co_await future;
    if (!self || loading != generation()) {
        co_return;
    }
    setLoading(false);
    if (!result) {
        setError(tr("Could not load alert rules: %1").arg(result.error()));
        co_return;
    }
    setError({});
    m_series = result->second;
    Q_EMIT seriesChanged();
    m_rows.reset(std::vector<alertrules::Rule>(result->first.begin(), result->first.end()));
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> AlertRuleListModel::refetch(ChangeCoalescer::KeysByTable keys)
{
    QPointer self{this};
    const quint64 loading = generation();
    const QSet<QString> changed = keys.value(kRules);
    const QStringList ids(changed.begin(), changed.end());
    const bool series = keys.contains(kSeries);
    auto future = database()->run([ids, series](QSqlDatabase &db) {
        std::optional<QList<alertrules::Series>> allSeries;
        if (series) {
            allSeries = alertrules::fetchSeries(db);
        }
        return std::make_pair(alertrules::fetchByIds(db, ids), allSeries);
    });
    auto fresh = co_await future;
    if (!self) {
        co_return;
    }
    if (loading == generation()) {
        if (fresh) {
            if (const std::optional<QList<alertrules::Series>> &series = fresh->second; series) {
                m_series = *series;
                Q_EMIT seriesChanged();
            }
            m_rows.apply(fresh->first, changed, true);
            Q_EMIT liveBatchApplied(int(fresh->first.size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error()));
        }
    }
    refetchDone();
}

QCoro::Task<> AlertRuleListModel::store(alertrules::Rule rule)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setErrors({}, tr("Sign in to change alert rules."));
        co_return;
    }
    setBusy(true);
    clearErrors();
    struct Outcome {
        QString id;
        QString sqlState;
        QString message;
    };
    auto future = db->run([rule](QSqlDatabase &connection) -> Outcome {
        try {
            return {alertrules::save(connection, rule), {}, {}};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            return {{}, error.sqlState(), error.primaryMessage()};
        }
    });
    auto result = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!result) {
        setErrors({}, tr("Could not save: %1").arg(result.error()));
        co_return;
    }
    if (result->id.isEmpty()) {
        const QString &state = result->sqlState;
        const QString &message = result->message;
        if (state == u"23505") {
            setErrors({tr("A rule named “%1” already exists.").arg(rule.name), {}, {}, {}, {}}, {});
        } else if (state == u"23503") {
            setErrors({{}, tr("This metric no longer exists; pick another."), {}, {}, {}}, {});
        } else if (state == u"42501") {
            setErrors({},
                      tr("Your role may read alert rules but not change them (%1).").arg(message));
        } else {
            setErrors({}, tr("Could not save: %1").arg(message));
        }
        co_return;
    }
    const bool created = rule.id.isEmpty();
    queueChanges({Change{0, kRules, created ? 'I' : 'U', result->id}});
    Q_EMIT saved(result->id, created);
}

QCoro::Task<> AlertRuleListModel::runWrite(QString id,
                                           std::function<void(const QSqlDatabase &)> work,
                                           bool removing)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        setErrors({}, tr("Sign in to change alert rules."));
        co_return;
    }
    setBusy(true);
    clearErrors();
    auto future = db->run([work](QSqlDatabase &connection) -> QString {
        try {
            work(connection);
            return {};
        } catch (const DatabaseError &error) {
            if (isConnectionLoss(error)) {
                throw;
            }
            if (error.sqlState() == u"42501") {
                return tr("Your role may read alert rules but not change them (%1).")
                    .arg(error.primaryMessage());
            }
            return error.primaryMessage();
        }
    });
    auto refused = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    if (!refused) {
        setErrors({}, tr("Could not save: %1").arg(refused.error()));
        co_return;
    }
    if (!refused->isEmpty()) {
        setErrors({}, refused.value());
        // The switch shows what the database holds, not what was clicked.
        const int row = m_rows.indexOfKey(id);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row), {EnabledRole});
        }
        co_return;
    }
    queueChanges({Change{0, kRules, removing ? 'D' : 'U', id}});
    if (removing) {
        Q_EMIT removed(id);
    }
}

} // namespace opsdesk
