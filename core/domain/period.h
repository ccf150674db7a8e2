#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cw {

// A typed period. Comparisons are like for like: a month is never compared with a quarter.
// Text keys (the storage and file format):
//   Month "2024-01", Quarter "2024-Q1" (calendar quarters), FinancialYear "2024/25"
//   (April 2024 to March 2025), CalendarYear "2024", Rolling12 "R12:2024-09" (the 12 months
//   ending with September 2024).
class Period
{
public:
    enum class Kind { Month, Quarter, FinancialYear, CalendarYear, Rolling12 };

    Period() = default;
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period financialYear(int startYear);
    static Period calendarYear(int year);
    static Period rolling12(int endYear, int endMonth);
    // The period of `kind` that starts on `start` (as stored); invalid when none does.
    static Period fromStart(Kind kind, QDate start);

    // Parses a key as above; std::nullopt when it is not one.
    static std::optional<Period> parse(const QString &key);

    bool isValid() const { return m_start.isValid(); }
    Kind kind() const { return m_kind; }
    QDate start() const { return m_start; } // first day of the period
    QDate end() const;                      // last day of the period
    QString key() const;
    QString label() const; // for people: "January 2024", "Q1 2024", "2024/25", "12 months to September 2024"
    int months() const;    // length in months

    Period next() const; // the following period of the same kind (rolling: one month later)
    Period previous() const;

    static QString kindName(Kind kind); // "month", "quarter", "financial_year", "calendar_year", "rolling_12"
    static std::optional<Kind> kindFromName(const QString &name);

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_start == b.m_start;
    }
    friend bool operator<(const Period &a, const Period &b)
    {
        return a.m_start != b.m_start ? a.m_start < b.m_start : a.m_kind < b.m_kind;
    }

private:
    Period(Kind kind, QDate start)
        : m_kind(kind)
        , m_start(start)
    {}

    Kind m_kind = Kind::Month;
    QDate m_start;
};

size_t qHash(const Period &period, size_t seed = 0);

} // namespace cw
