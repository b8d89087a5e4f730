#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace opsdesk {

/// The QML-facing state every live list shares: whether a load is in progress, the last error
/// (empty when fine) and the row count, each with a change signal.
class LiveModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit LiveModelBase(QObject *parent = nullptr);

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void loadingChanged();
    void errorStringChanged();
    void countChanged();
    /// Emitted after a live batch was applied (benchmarks measure change → row latency here).
    void liveBatchApplied(int rows);

protected:
    template <typename Row> friend class LiveRows; // emits the row signals on this model
    void setLoading(bool loading);
    void setError(const QString &error);

private:
    bool m_loading = false;
    QString m_error;
};

} // namespace opsdesk
