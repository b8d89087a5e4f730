#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Alert rules (opsdesk.alert_rules, migration 0008): a metric series compared with a
/// threshold; opsdesk.evaluate_alert_rules (run by opsdeskd) moves each rule through normal →
/// pending → alerting → recovering → normal (alert_rule_states) and opens and auto-resolves
/// incidents. Admins keep the rules; managers read them. Functions run under the caller's own
/// role, one statement each, and throw DatabaseError: the table's CHECKs (23514), a duplicate
/// name (23505), an unknown series (23503) or a refused role (42501).
namespace opsdesk::alertrules {

/// A rule with its series and where it stands now.
struct Rule {
    QString id;
    QString name;
    int seriesId = 0;
    QString seriesName;
    QString seriesTitle;
    QString unit;
    QString comparator = QStringLiteral(">"); ///< >, >=, <, <=
    double threshold = 0;
    int forSeconds = 60;
    int recoverSeconds = 60;
    QString severity = QStringLiteral("high"); ///< critical, high, medium, low
    bool enabled = true;
    bool autoResolve = true;
    QString state = QStringLiteral("normal"); ///< normal, pending, alerting, recovering
    QDateTime stateSince;                     ///< UTC; invalid when never evaluated
    std::optional<double> lastValue;
    QDateTime evaluatedAt;
    QString incidentId; ///< the incident the rule holds open (alerting, recovering)
    QDateTime createdAt;
};

/// Every rule, by name.
QList<Rule> fetchAll(const QSqlDatabase &db);
/// The rules among @p ids (live updates: a missing one was deleted).
QList<Rule> fetchByIds(const QSqlDatabase &db, const QStringList &ids);

/// A series a rule can watch (opsdesk.metric_series).
struct Series {
    int id = 0;
    QString name;
    QString title;
    QString unit;
    QString description;
};
/// Every series, by title.
QList<Series> fetchSeries(const QSqlDatabase &db);

/// Inserts (@p rule.id empty) or updates a rule; returns its id.
QString save(const QSqlDatabase &db, const Rule &rule);
void setEnabled(const QSqlDatabase &db, const QString &id, bool enabled);
void remove(const QSqlDatabase &db, const QString &id);

} // namespace opsdesk::alertrules
