#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace opsdesk {

/// A value or a human-readable error message (C++20 has no std::expected).
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_value(std::move(value))
    {}
    static Expected failure(const QString &error)
    {
        Expected result;
        result.m_error = error;
        return result;
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Callers check ok() first; value() on a failure throws std::bad_optional_access.
    // NOLINTBEGIN(bugprone-unchecked-optional-access)
    [[nodiscard]] const T &value() const & { return m_value.value(); }
    [[nodiscard]] T &value() & { return m_value.value(); }
    [[nodiscard]] T &&value() && { return std::move(m_value).value(); }
    [[nodiscard]] const T *operator->() const { return &m_value.value(); }
    // NOLINTEND(bugprone-unchecked-optional-access)
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Success or an error message, for operations without a result value.
struct Done {};

} // namespace opsdesk
