#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cw {

// A failure a service reports to its caller: a sentence for the user, and optional
// technical detail (driver text, SQL) for logs and "show details".
struct Error
{
    Error(QString message_, QString detail_ = {})
        : message(std::move(message_))
        , detail(std::move(detail_))
    {}

    QString message;
    QString detail;
};

// The value of a service call or the error that prevented it. Services catch storage
// exceptions at their boundary and return one of these; no exception crosses the event loop.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace cw
