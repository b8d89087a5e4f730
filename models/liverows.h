#pragma once

#include "livemodelbase.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace opsdesk {

/// The rows of a live list model: plain structs kept sorted by a strict order and identified by
/// a key. Every live change becomes granular row signals on the owning model (insert,
/// dataChanged, move, remove) so views keep their selection and scroll position; a model reset
/// happens only when the whole query changes (reset()). A member of the model rather than its
/// base class, so the model's meta-object chain (and QML tooling) sees LiveModelBase directly.
///
/// @tparam Row  a plain struct; @p keyOf and @p before (strict weak order) come from the model.
template <typename Row> class LiveRows
{
public:
    using KeyOf = std::function<QString(const Row &)>;
    using Before = std::function<bool(const Row &, const Row &)>;

    LiveRows(LiveModelBase &model, KeyOf keyOf, Before before)
        : m_model(model)
        , m_keyOf(std::move(keyOf))
        , m_before(std::move(before))
    {}

    [[nodiscard]] int size() const { return int(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.empty(); }
    [[nodiscard]] const Row &back() const { return m_rows.back(); }

    [[nodiscard]] const Row *rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }
    [[nodiscard]] int indexOfKey(const QString &key) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_keyOf(m_rows[i]) == key) {
                return int(i);
            }
        }
        return -1;
    }

    /// Replaces all rows (the query changed).
    void reset(std::vector<Row> rows)
    {
        std::stable_sort(rows.begin(), rows.end(), m_before);
        m_model.beginResetModel();
        m_rows = std::move(rows);
        m_model.endResetModel();
    }

    /// Appends the next keyset page (rows that sort after the last one). Rows whose key is already
    /// loaded are skipped: a live change may have moved that row up while the page was being
    /// fetched, and the loaded row is the live one.
    void append(std::vector<Row> rows)
    {
        QSet<QString> keys;
        keys.reserve(qsizetype(m_rows.size()) + qsizetype(rows.size()));
        for (const Row &row : m_rows) {
            keys.insert(m_keyOf(row));
        }
        std::erase_if(rows, [&](const Row &row) {
            const QString key = m_keyOf(row);
            if (keys.contains(key)) {
                return true;
            }
            keys.insert(key);
            return false;
        });
        if (rows.empty()) {
            return;
        }
        std::stable_sort(rows.begin(), rows.end(), m_before);
        const int first = int(m_rows.size());
        m_model.beginInsertRows({}, first, first + int(rows.size()) - 1);
        std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
        m_model.endInsertRows();
    }

    /// Applies a live batch: @p fresh are the current versions of rows whose keys were in
    /// @p requested; a requested key missing from @p fresh is gone (deleted or no longer visible
    /// to this user) and is removed. New rows that sort after the last loaded row are left to
    /// fetchMore unless @p complete (everything is loaded).
    void apply(const QList<Row> &fresh, const QSet<QString> &requested, bool complete)
    {
        QSet<QString> freshKeys;
        for (const Row &row : fresh) {
            freshKeys.insert(m_keyOf(row));
        }
        // 1. Removals, from the bottom so indexes stay valid.
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            const QString key = m_keyOf(m_rows[size_t(i)]);
            if (requested.contains(key) && !freshKeys.contains(key)) {
                m_model.beginRemoveRows({}, i, i);
                m_rows.erase(m_rows.begin() + i);
                m_model.endRemoveRows();
            }
        }
        // 2. Updates in place or moves; collect new rows.
        QHash<QString, int> position;
        const auto indexPositions = [&] {
            position.clear();
            position.reserve(qsizetype(m_rows.size()));
            for (size_t i = 0; i < m_rows.size(); ++i) {
                position.insert(m_keyOf(m_rows[i]), int(i));
            }
        };
        indexPositions();
        std::vector<Row> added;
        QSet<QString> seen;
        for (const Row &row : fresh) {
            if (seen.contains(m_keyOf(row))) {
                continue; // the same row fetched twice (e.g. by id and by contact)
            }
            seen.insert(m_keyOf(row));
            const auto found = position.constFind(m_keyOf(row));
            if (found == position.constEnd()) {
                added.push_back(row);
            } else if (updateOrMove(found.value(), row)) {
                indexPositions(); // a move shifted the rows in between
            }
        }
        // 3. Inserts, grouped where consecutive new rows land at the same place.
        std::stable_sort(added.begin(), added.end(), m_before);
        size_t i = 0;
        while (i < added.size()) {
            const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), added[i], m_before);
            const int index = int(at - m_rows.begin());
            if (!complete && at == m_rows.end() && !m_rows.empty()) {
                break; // below the loaded window: fetchMore will bring it
            }
            size_t j = i + 1;
            while (j < added.size() && (at == m_rows.end() || m_before(added[j], *at))) {
                ++j;
            }
            m_model.beginInsertRows({}, index, index + int(j - i) - 1);
            m_rows.insert(m_rows.begin() + index, added.begin() + qsizetype(i),
                          added.begin() + qsizetype(j));
            m_model.endInsertRows();
            i = j;
        }
    }

private:
    /// Replaces row @p from with @p row, moving it if its sort position changed. True if moved.
    bool updateOrMove(int from, const Row &row)
    {
        const auto neighbourBefore = from > 0 ? &m_rows[size_t(from) - 1] : nullptr;
        const auto neighbourAfter =
            from + 1 < int(m_rows.size()) ? &m_rows[size_t(from) + 1] : nullptr;
        const bool stays = (!neighbourBefore || !m_before(row, *neighbourBefore)) &&
                           (!neighbourAfter || !m_before(*neighbourAfter, row));
        if (stays) {
            m_rows[size_t(from)] = row;
            const QModelIndex changed = m_model.index(from);
            Q_EMIT m_model.dataChanged(changed, changed);
            return false;
        }
        // Where it belongs among the other rows.
        Row old = std::move(m_rows[size_t(from)]);
        m_rows.erase(m_rows.begin() + from);
        const int to =
            int(std::lower_bound(m_rows.begin(), m_rows.end(), row, m_before) - m_rows.begin());
        m_rows.insert(m_rows.begin() + from, std::move(old)); // restore for the move signal
        // beginMoveRows wants the destination in pre-move coordinates.
        const int destination = to >= from ? to + 1 : to;
        if (destination == from || destination == from + 1) {
            m_rows[size_t(from)] = row;
            const QModelIndex changed = m_model.index(from);
            Q_EMIT m_model.dataChanged(changed, changed);
            return false;
        }
        m_model.beginMoveRows({}, from, from, {}, destination);
        m_rows.erase(m_rows.begin() + from);
        m_rows.insert(m_rows.begin() + to, row);
        m_model.endMoveRows();
        const QModelIndex changed = m_model.index(to);
        Q_EMIT m_model.dataChanged(changed, changed);
        return true;
    }

    LiveModelBase &m_model;
    KeyOf m_keyOf;
    Before m_before;
    std::vector<Row> m_rows;
};

} // namespace opsdesk
