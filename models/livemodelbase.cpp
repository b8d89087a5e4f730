#include "livemodelbase.h"

namespace opsdesk {

LiveModelBase::LiveModelBase(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &LiveModelBase::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LiveModelBase::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LiveModelBase::countChanged);
}

void LiveModelBase::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void LiveModelBase::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
}

} // namespace opsdesk
