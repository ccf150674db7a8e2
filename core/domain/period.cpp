#include "domain/period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringView>

namespace cw {

namespace {

// Strict ASCII digits: keys are a file format, so "+1", " 1" and non-Latin digits are refused.
std::optional<int> digits(QStringView text, qsizetype count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Keys carry four-digit years, so periods outside these years could not be written and read back.
constexpr int kFirstYear = 1;
constexpr int kLastYear = 9999;

bool yearInRange(int year)
{
    return year >= kFirstYear && year <= kLastYear;
}

// Whether a period of this kind starting on `start` has a key (rolling periods are keyed by
// their last month).
bool keyable(Period::Kind kind, QDate start)
{
    const QDate keyed = kind == Period::Kind::Rolling12 ? start.addMonths(11) : start;
    return start.isValid() && yearInRange(start.year()) && yearInRange(keyed.year());
}

QString padded(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

QString monthKey(QDate date)
{
    return padded(date.year(), 4) + u'-' + padded(date.month(), 2);
}

// Month names are English whatever the system locale: labels follow the published data.
QString monthName(int month)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(month, QLocale::LongFormat);
}

// "yyyy-MM" with a real month; the parts of Month and Rolling12 keys.
std::optional<QDate> parseMonth(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return std::nullopt;
    const auto year = digits(text.first(4), 4);
    const auto month = digits(text.sliced(5), 2);
    if (!year || !month || *month < 1 || *month > 12)
        return std::nullopt;
    const QDate date(*year, *month, 1);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

// The factories return an invalid period (isValid() false) for a month, quarter or year that
// does not exist or cannot be written as a key.
Period Period::month(int year, int month)
{
    if (!yearInRange(year) || month < 1 || month > 12)
        return Period(Kind::Month, QDate());
    return Period(Kind::Month, QDate(year, month, 1));
}

Period Period::quarter(int year, int quarter)
{
    if (!yearInRange(year) || quarter < 1 || quarter > 4)
        return Period(Kind::Quarter, QDate());
    return Period(Kind::Quarter, QDate(year, (quarter - 1) * 3 + 1, 1));
}

Period Period::financialYear(int startYear)
{
    if (!yearInRange(startYear))
        return Period(Kind::FinancialYear, QDate());
    return Period(Kind::FinancialYear, QDate(startYear, 4, 1));
}

Period Period::calendarYear(int year)
{
    if (!yearInRange(year))
        return Period(Kind::CalendarYear, QDate());
    return Period(Kind::CalendarYear, QDate(year, 1, 1));
}

Period Period::rolling12(int endYear, int endMonth)
{
    if (endMonth < 1 || endMonth > 12)
        return Period(Kind::Rolling12, QDate());
    // The start must be a real year too, so that comparisons stay meaningful.
    const QDate start = QDate(endYear, 1, 1).addMonths(endMonth - 12);
    return Period(Kind::Rolling12, keyable(Kind::Rolling12, start) ? start : QDate());
}

std::optional<Period> Period::parse(const QString &key)
{
    const QStringView text(key);
    std::optional<Period> result;

    if (text.startsWith(u"R12:")) {
        if (const auto end = parseMonth(text.sliced(4)))
            result = rolling12(end->year(), end->month());
    } else if (text.size() == 4) {
        if (const auto year = digits(text, 4))
            result = calendarYear(*year);
    } else if (text.size() == 7 && text.at(4) == u'/') {
        const auto year = digits(text.first(4), 4);
        const auto endYear = digits(text.sliced(5), 2);
        if (year && endYear && *endYear == (*year + 1) % 100)
            result = financialYear(*year);
    } else if (text.size() == 7 && text.at(4) == u'-' && text.at(5) == u'Q') {
        const auto year = digits(text.first(4), 4);
        const auto quarterNumber = digits(text.sliced(6), 1);
        if (year && quarterNumber)
            result = quarter(*year, *quarterNumber);
    } else if (const auto start = parseMonth(text)) {
        result = month(start->year(), start->month());
    }

    // Year 0000 parses as digits but the factories refuse it (QDate has no year 0).
    if (result && !result->isValid())
        return std::nullopt;
    return result;
}

QDate Period::end() const
{
    if (!isValid())
        return {};
    return m_start.addMonths(months()).addDays(-1);
}

QString Period::key() const
{
    if (!isValid())
        return {};
    const int year = m_start.year();
    switch (m_kind) {
    case Kind::Month:
        return monthKey(m_start);
    case Kind::Quarter:
        return padded(year, 4) + u"-Q" + QString::number((m_start.month() - 1) / 3 + 1);
    case Kind::FinancialYear:
        return padded(year, 4) + u'/' + padded((year + 1) % 100, 2);
    case Kind::CalendarYear:
        return padded(year, 4);
    case Kind::Rolling12:
        return u"R12:" + monthKey(m_start.addMonths(11));
    }
    Q_UNREACHABLE();
    return {};
}

QString Period::label() const
{
    if (!isValid())
        return {};
    const int year = m_start.year();
    switch (m_kind) {
    case Kind::Month:
        //: A month period, e.g. "January 2024". %1 is the month name, %2 the year.
        return QCoreApplication::translate("cw::Period", "%1 %2").arg(monthName(m_start.month())).arg(year);
    case Kind::Quarter:
        //: A calendar quarter, e.g. "Q1 2024". %1 is the quarter number, %2 the year.
        return QCoreApplication::translate("cw::Period", "Q%1 %2")
            .arg((m_start.month() - 1) / 3 + 1)
            .arg(year);
    case Kind::FinancialYear:
    case Kind::CalendarYear:
        return key();
    case Kind::Rolling12: {
        const QDate last = m_start.addMonths(11);
        //: A rolling year, e.g. "12 months to September 2024". %1 is the month name, %2 the year.
        return QCoreApplication::translate("cw::Period", "12 months to %1 %2")
            .arg(monthName(last.month()))
            .arg(last.year());
    }
    }
    Q_UNREACHABLE();
    return {};
}

int Period::months() const
{
    switch (m_kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::FinancialYear:
    case Kind::CalendarYear:
    case Kind::Rolling12:
        return 12;
    }
    Q_UNREACHABLE();
    return 0;
}

// Beyond the years a key can hold, next() and previous() give an invalid period.
Period Period::fromStart(Kind kind, QDate start)
{
    if (!start.isValid() || start.day() != 1)
        return {};
    Period period;
    switch (kind) {
    case Kind::Month:
        period = month(start.year(), start.month());
        break;
    case Kind::Quarter:
        period = quarter(start.year(), (start.month() - 1) / 3 + 1);
        break;
    case Kind::FinancialYear:
        period = financialYear(start.year());
        break;
    case Kind::CalendarYear:
        period = calendarYear(start.year());
        break;
    case Kind::Rolling12: {
        const QDate end = start.addMonths(11);
        period = rolling12(end.year(), end.month());
        break;
    }
    }
    return period.isValid() && period.start() == start ? period : Period();
}

Period Period::next() const
{
    if (!isValid())
        return {};
    const int step = m_kind == Kind::Rolling12 ? 1 : months();
    const QDate start = m_start.addMonths(step);
    return keyable(m_kind, start) ? Period(m_kind, start) : Period();
}

Period Period::previous() const
{
    if (!isValid())
        return {};
    const int step = m_kind == Kind::Rolling12 ? 1 : months();
    const QDate start = m_start.addMonths(-step);
    return keyable(m_kind, start) ? Period(m_kind, start) : Period();
}

QString Period::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::FinancialYear:
        return QStringLiteral("financial_year");
    case Kind::CalendarYear:
        return QStringLiteral("calendar_year");
    case Kind::Rolling12:
        return QStringLiteral("rolling_12");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Period::Kind> Period::kindFromName(const QString &name)
{
    for (const Kind kind :
         {Kind::Month, Kind::Quarter, Kind::FinancialYear, Kind::CalendarYear, Kind::Rolling12}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

size_t qHash(const Period &period, size_t seed)
{
    // An invalid period's start has the lowest Julian day: hash the parts, never multiply them.
    return qHashMulti(seed, period.start().toJulianDay(), int(period.kind()));
}

} // namespace cw
