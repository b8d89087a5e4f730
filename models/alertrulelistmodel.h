#pragma once

#include "alertrules.h"
#include "liverows.h"
#include "sessionmodelbase.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

/// The Alert rules page: every rule with its series, condition, severity, switches and where it
/// stands now (Normal / Pending since … / Alerting since … with its incident / Recovering),
/// live; admins add, change, switch on and off and delete rules, managers read them.
///
/// Created in QML as `AlertRuleListModel { workspace: Workspace }`. save() checks the fields the
/// way the table's CHECKs do (name 1-120 characters, a known series, a finite threshold, times
/// between 0 and 86,400 s) and reports each problem on its field; a duplicate name (23505) comes
/// back on the name; anything else (a refused role: 42501) in actionError.
class AlertRuleListModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// The signed-in person may change rules (admins).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY canEditChanged)
    /// [{value: series id, label: title, detail: "name · unit", unit}] by title.
    Q_PROPERTY(QVariantList seriesChoices READ seriesChoices NOTIFY seriesChanged)
    /// [{value, label}] of >, >=, <, <=.
    Q_PROPERTY(QVariantList comparatorChoices READ comparatorChoices CONSTANT)
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)
    /// Problems of the last save, per field; empty when fine.
    Q_PROPERTY(QString nameError READ nameError NOTIFY errorsChanged)
    Q_PROPERTY(QString seriesError READ seriesError NOTIFY errorsChanged)
    Q_PROPERTY(QString thresholdError READ thresholdError NOTIFY errorsChanged)
    Q_PROPERTY(QString forError READ forError NOTIFY errorsChanged)
    Q_PROPERTY(QString recoverError READ recoverError NOTIFY errorsChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1, ///< QString alert_rules.id (uuid)
        NameRole,                      ///< "Delivery failures high"
        SeriesIdRole,                  ///< int metric_series.id
        SeriesTitleRole,               ///< "Delivery failure rate"
        UnitRole,                      ///< "%"
        ConditionLabelRole,            ///< "Delivery failure rate > 25 % for 1 min"
        ComparatorRole,                ///< >, >=, <, <=
        ThresholdRole,                 ///< double
        ThresholdTextRole,             ///< the threshold as the dialog shows it ("25")
        ForSecondsRole,                ///< int
        RecoverSecondsRole,            ///< int
        RecoverLabelRole,              ///< "Recovers after 1 min clear"
        SeverityRole,                  ///< critical, high, medium, low
        SeverityLabelRole,             ///< "High"
        SeverityMeaningRole,           ///< chip colour
        EnabledRole,                   ///< bool
        AutoResolveRole,               ///< bool
        StateRole,                     ///< normal, pending, alerting, recovering
        StateLabelRole,                ///< "Alerting since 14:05"
        StateMeaningRole,              ///< success, warning, danger, info, neutral (disabled)
        LastValueLabelRole,            ///< "Last value 31 % at 14:05"; empty before any
        IncidentIdRole,                ///< the rule's open incident; empty when none
    };
    Q_ENUM(Role)

    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxSeconds = 86400;

    explicit AlertRuleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QVariantList seriesChoices() const;
    [[nodiscard]] QVariantList comparatorChoices() const;
    [[nodiscard]] QVariantList severityChoices() const;
    [[nodiscard]] QString nameError() const { return m_errors.name; }
    [[nodiscard]] QString seriesError() const { return m_errors.series; }
    [[nodiscard]] QString thresholdError() const { return m_errors.threshold; }
    [[nodiscard]] QString forError() const { return m_errors.forSeconds; }
    [[nodiscard]] QString recoverError() const { return m_errors.recoverSeconds; }

    Q_INVOKABLE int rowOf(const QString &id) const { return m_rows.indexOfKey(id); }
    Q_INVOKABLE QString idAt(int row) const;
    /// The unit of series @p seriesId ("%"), empty when it has none or is unknown.
    Q_INVOKABLE QString unitOf(int seriesId) const;
    Q_INVOKABLE QString nameProblem(const QString &name, const QString &id = {}) const;
    Q_INVOKABLE QString seriesProblem(int seriesId) const;
    /// A number in the C locale or the UI's ("25", "0.5", "0,5").
    Q_INVOKABLE QString thresholdProblem(const QString &threshold) const;
    /// Whole seconds between 0 and 86,400.
    Q_INVOKABLE QString secondsProblem(const QString &seconds) const;
    /// "Delivery failure rate > 25 % for 1 min" for the dialog's preview; empty while a field is
    /// not valid.
    Q_INVOKABLE QString previewCondition(int seriesId, const QString &comparator,
                                         const QString &threshold, const QString &forSeconds) const;
    /// Adds (@p id empty) or changes a rule. Success: saved(id, created); failure: the field
    /// errors or actionError.
    Q_INVOKABLE void save(const QString &id, const QString &name, int seriesId,
                          const QString &comparator, const QString &threshold,
                          const QString &forSeconds, const QString &recoverSeconds,
                          const QString &severity, bool enabled, bool autoResolve);
    Q_INVOKABLE void setEnabled(const QString &id, bool enabled);
    /// Deletes rule @p id (its incidents stay, without the rule). Success: removed(id).
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void loadedChanged();
    void canEditChanged();
    void seriesChanged();
    void errorsChanged();
    void saved(const QString &id, bool created);
    void removed(const QString &id);

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override { m_rows.reset({}); }
    [[nodiscard]] QString deniedReason() const override;
    void onPersonChanged() override { Q_EMIT canEditChanged(); }

private:
    struct Errors {
        QString name;
        QString series;
        QString threshold;
        QString forSeconds;
        QString recoverSeconds;
        bool operator==(const Errors &) const = default;
    };
    void setErrors(const Errors &errors, const QString &action);
    QCoro::Task<> store(alertrules::Rule rule);
    QCoro::Task<> runWrite(QString id, std::function<void(const QSqlDatabase &)> work,
                           bool removing);

    LiveRows<alertrules::Rule> m_rows;
    QList<alertrules::Series> m_series;
    QTimer m_clock;
    Errors m_errors;
    bool m_loaded = false;
};

} // namespace opsdesk
