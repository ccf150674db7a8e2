#include "domain/period.h"

#include <algorithm>

#include <QList>
#include <QLocale>
#include <QTest>

using cw::Period;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cw::Period)
Q_DECLARE_METATYPE(cw::Period::Kind)

class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void factories_data();
    void factories();
    void invalidFactories_data();
    void invalidFactories();
    void nextAndPrevious_data();
    void nextAndPrevious();
    void yearLimits();
    void defaultIsInvalid();
    void labelIgnoresSystemLocale();
    void kindNames_data();
    void kindNames();
    void unknownKindNames_data();
    void unknownKindNames();
    void comparesLikeForLike();
};

void TestPeriod::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestPeriod::parseValid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Period::Kind>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("label");

    using K = Period::Kind;
    QTest::newRow("month") << u"2024-01"_s << K::Month << QDate(2024, 1, 1) << QDate(2024, 1, 31) << 1
                           << u"January 2024"_s;
    QTest::newRow("leap February") << u"2024-02"_s << K::Month << QDate(2024, 2, 1) << QDate(2024, 2, 29) << 1
                                   << u"February 2024"_s;
    QTest::newRow("plain February") << u"2023-02"_s << K::Month << QDate(2023, 2, 1) << QDate(2023, 2, 28)
                                    << 1 << u"February 2023"_s;
    QTest::newRow("December") << u"2023-12"_s << K::Month << QDate(2023, 12, 1) << QDate(2023, 12, 31) << 1
                              << u"December 2023"_s;
    QTest::newRow("Q1") << u"2024-Q1"_s << K::Quarter << QDate(2024, 1, 1) << QDate(2024, 3, 31) << 3
                        << u"Q1 2024"_s;
    QTest::newRow("Q2") << u"2024-Q2"_s << K::Quarter << QDate(2024, 4, 1) << QDate(2024, 6, 30) << 3
                        << u"Q2 2024"_s;
    QTest::newRow("Q4") << u"2024-Q4"_s << K::Quarter << QDate(2024, 10, 1) << QDate(2024, 12, 31) << 3
                        << u"Q4 2024"_s;
    QTest::newRow("financial year") << u"2024/25"_s << K::FinancialYear << QDate(2024, 4, 1)
                                    << QDate(2025, 3, 31) << 12 << u"2024/25"_s;
    QTest::newRow("financial year over 2000")
        << u"1999/00"_s << K::FinancialYear << QDate(1999, 4, 1) << QDate(2000, 3, 31) << 12 << u"1999/00"_s;
    QTest::newRow("PCP baseline year")
        << u"2011/12"_s << K::FinancialYear << QDate(2011, 4, 1) << QDate(2012, 3, 31) << 12 << u"2011/12"_s;
    QTest::newRow("calendar year") << u"2024"_s << K::CalendarYear << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                                   << 12 << u"2024"_s;
    QTest::newRow("rolling to September") << u"R12:2024-09"_s << K::Rolling12 << QDate(2023, 10, 1)
                                          << QDate(2024, 9, 30) << 12 << u"12 months to September 2024"_s;
    QTest::newRow("rolling to December") << u"R12:2024-12"_s << K::Rolling12 << QDate(2024, 1, 1)
                                         << QDate(2024, 12, 31) << 12 << u"12 months to December 2024"_s;
    QTest::newRow("rolling to January") << u"R12:2025-01"_s << K::Rolling12 << QDate(2024, 2, 1)
                                        << QDate(2025, 1, 31) << 12 << u"12 months to January 2025"_s;
    QTest::newRow("rolling to leap February") << u"R12:2024-02"_s << K::Rolling12 << QDate(2023, 3, 1)
                                              << QDate(2024, 2, 29) << 12 << u"12 months to February 2024"_s;
}

void TestPeriod::parseValid()
{
    QFETCH(QString, key);
    QFETCH(Period::Kind, kind);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, months);
    QFETCH(QString, label);

    const std::optional<Period> period = Period::parse(key);
    QVERIFY(period.has_value());
    QVERIFY(period->isValid());
    QCOMPARE(period->kind(), kind);
    QCOMPARE(period->start(), start);
    QCOMPARE(period->end(), end);
    QCOMPARE(period->months(), months);
    QCOMPARE(period->key(), key);
    QCOMPARE(period->label(), label);
}

void TestPeriod::parseInvalid_data()
{
    QTest::addColumn<QString>("key");

    const QStringList junk{
        QString(),
        u""_s,
        u" "_s,
        u" 2024-01"_s,
        u"2024-01 "_s,
        u"2024 -01"_s,
        u"2024-01\n"_s,
        u"2024-13"_s,
        u"2024-00"_s,
        u"2024-1"_s,
        u"24-01"_s,
        u"2024-001"_s,
        u"2024-01-01"_s,
        u"2024_01"_s,
        u"2024-Q5"_s,
        u"2024-Q0"_s,
        u"2024-q1"_s,
        u"2024-Q"_s,
        u"2024-Q12"_s,
        u"2024Q1"_s,
        u"Q1 2024"_s,
        u"2024/26"_s,
        u"2024/24"_s,
        u"1999/99"_s,
        u"2024/2025"_s,
        u"2024/5"_s,
        u"2024-25"_s,
        u"24/25"_s,
        u"R12:2024-13"_s,
        u"R12:"_s,
        u"r12:2024-09"_s,
        u"R12:2024"_s,
        u"R12: 2024-09"_s,
        u"R12:2024-9"_s,
        u"R12:2024-Q3"_s,
        u"R6:2024-09"_s,
        u"0000"_s,
        u"0000-01"_s,
        u"0000/01"_s,
        u"abcd"_s,
        u"+2024"_s,
        u"-2024"_s,
        u"12024"_s,
        u"202"_s,
        u"January 2024"_s,
        u"\uFF12\uFF10\uFF12\uFF14"_s,    // full-width digits
        u"\u0662\u0660\u0662\u0664-01"_s, // Arabic-Indic digits
    };
    for (qsizetype i = 0; i < junk.size(); ++i) {
        const QString &key = junk.at(i);
        QString printable = key;
        printable.replace(u'\n', u"\\n"_s);
        QTest::addRow("%d \"%s\"", static_cast<int>(i), qUtf8Printable(printable)) << key;
    }
}

void TestPeriod::parseInvalid()
{
    QFETCH(QString, key);
    QVERIFY(!Period::parse(key).has_value());
}

void TestPeriod::factories_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QString>("key");

    QTest::newRow("month") << Period::month(2024, 1) << u"2024-01"_s;
    QTest::newRow("month December") << Period::month(2023, 12) << u"2023-12"_s;
    QTest::newRow("quarter") << Period::quarter(2024, 3) << u"2024-Q3"_s;
    QTest::newRow("financial year") << Period::financialYear(2024) << u"2024/25"_s;
    QTest::newRow("financial year 1999") << Period::financialYear(1999) << u"1999/00"_s;
    QTest::newRow("calendar year") << Period::calendarYear(2024) << u"2024"_s;
    QTest::newRow("rolling") << Period::rolling12(2024, 9) << u"R12:2024-09"_s;
    QTest::newRow("early year") << Period::calendarYear(812) << u"0812"_s;
}

void TestPeriod::factories()
{
    QFETCH(Period, period);
    QFETCH(QString, key);

    QVERIFY(period.isValid());
    QCOMPARE(period.key(), key);
    const std::optional<Period> parsed = Period::parse(key);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == period);
}

void TestPeriod::invalidFactories_data()
{
    QTest::addColumn<Period>("period");

    QTest::newRow("month 13") << Period::month(2024, 13);
    QTest::newRow("month 0") << Period::month(2024, 0);
    QTest::newRow("quarter 5") << Period::quarter(2024, 5);
    QTest::newRow("quarter 0") << Period::quarter(2024, 0);
    QTest::newRow("rolling month 13") << Period::rolling12(2024, 13);
    QTest::newRow("rolling month 0") << Period::rolling12(2024, 0);
    QTest::newRow("rolling starting before year 1") << Period::rolling12(1, 6);
    QTest::newRow("year 0") << Period::calendarYear(0);
    QTest::newRow("negative year") << Period::month(-5, 1);
    QTest::newRow("five-digit year") << Period::financialYear(10000);
}

void TestPeriod::invalidFactories()
{
    QFETCH(Period, period);

    QVERIFY(!period.isValid());
    QVERIFY(period.key().isEmpty());
    QVERIFY(period.label().isEmpty());
    QVERIFY(!period.end().isValid());
}

void TestPeriod::nextAndPrevious_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nextKey");
    QTest::addColumn<QString>("previousKey");

    QTest::newRow("month") << u"2024-06"_s << u"2024-07"_s << u"2024-05"_s;
    QTest::newRow("month over new year") << u"2024-12"_s << u"2025-01"_s << u"2024-11"_s;
    QTest::newRow("month back over new year") << u"2024-01"_s << u"2024-02"_s << u"2023-12"_s;
    QTest::newRow("quarter") << u"2024-Q2"_s << u"2024-Q3"_s << u"2024-Q1"_s;
    QTest::newRow("quarter over new year") << u"2024-Q4"_s << u"2025-Q1"_s << u"2024-Q3"_s;
    QTest::newRow("quarter back over new year") << u"2024-Q1"_s << u"2024-Q2"_s << u"2023-Q4"_s;
    QTest::newRow("financial year") << u"2024/25"_s << u"2025/26"_s << u"2023/24"_s;
    QTest::newRow("financial year over 2000") << u"1999/00"_s << u"2000/01"_s << u"1998/99"_s;
    QTest::newRow("calendar year") << u"2024"_s << u"2025"_s << u"2023"_s;
    QTest::newRow("rolling") << u"R12:2024-09"_s << u"R12:2024-10"_s << u"R12:2024-08"_s;
    QTest::newRow("rolling over new year") << u"R12:2024-12"_s << u"R12:2025-01"_s << u"R12:2024-11"_s;
}

void TestPeriod::nextAndPrevious()
{
    QFETCH(QString, key);
    QFETCH(QString, nextKey);
    QFETCH(QString, previousKey);

    const Period period = *Period::parse(key);
    const Period next = period.next();
    const Period previous = period.previous();
    QCOMPARE(next.key(), nextKey);
    QCOMPARE(previous.key(), previousKey);
    QCOMPARE(next.kind(), period.kind());
    QCOMPARE(previous.kind(), period.kind());
    // Contiguous: calendar periods tile time; a rolling period slides by one month.
    if (period.kind() == Period::Kind::Rolling12) {
        QCOMPARE(next.start(), period.start().addMonths(1));
        QCOMPARE(previous.end(), period.start().addMonths(11).addDays(-1));
    } else {
        QCOMPARE(next.start(), period.end().addDays(1));
        QCOMPARE(previous.end(), period.start().addDays(-1));
    }
    QVERIFY(next.previous() == period);
    QVERIFY(previous.next() == period);
    QVERIFY(previous < period);
    QVERIFY(period < next);
}

void TestPeriod::yearLimits()
{
    QCOMPARE(Period::parse(u"9999/00"_s)->end(), QDate(10000, 3, 31));
    QVERIFY(!Period::calendarYear(9999).next().isValid());
    QVERIFY(!Period::month(9999, 12).next().isValid());
    QVERIFY(!Period::rolling12(9999, 12).next().isValid());
    QVERIFY(!Period::month(1, 1).previous().isValid());
    QCOMPARE(Period::rolling12(1, 12).start(), QDate(1, 1, 1));
    QVERIFY(!Period::rolling12(1, 12).previous().isValid());
    QCOMPARE(Period::rolling12(2, 1).previous().key(), u"R12:0001-12"_s);
}

void TestPeriod::defaultIsInvalid()
{
    const Period period;
    QVERIFY(!period.isValid());
    QVERIFY(period.key().isEmpty());
    QVERIFY(period.label().isEmpty());
    QVERIFY(!period.end().isValid());
    QVERIFY(!period.next().isValid());
    QVERIFY(!period.previous().isValid());
}

void TestPeriod::labelIgnoresSystemLocale()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(Period::month(2024, 3).label(), u"March 2024"_s);
    QCOMPARE(Period::rolling12(2024, 8).label(), u"12 months to August 2024"_s);
}

void TestPeriod::kindNames_data()
{
    QTest::addColumn<Period::Kind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("month") << Period::Kind::Month << u"month"_s;
    QTest::newRow("quarter") << Period::Kind::Quarter << u"quarter"_s;
    QTest::newRow("financial year") << Period::Kind::FinancialYear << u"financial_year"_s;
    QTest::newRow("calendar year") << Period::Kind::CalendarYear << u"calendar_year"_s;
    QTest::newRow("rolling") << Period::Kind::Rolling12 << u"rolling_12"_s;
}

void TestPeriod::kindNames()
{
    QFETCH(Period::Kind, kind);
    QFETCH(QString, name);

    QCOMPARE(Period::kindName(kind), name);
    QCOMPARE(Period::kindFromName(name), std::optional<Period::Kind>(kind));
}

void TestPeriod::unknownKindNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Month"_s;
    QTest::newRow("no underscore") << u"rolling12"_s;
    QTest::newRow("padded") << u" month"_s;
    QTest::newRow("other") << u"week"_s;
}

void TestPeriod::unknownKindNames()
{
    QFETCH(QString, name);
    QVERIFY(!Period::kindFromName(name).has_value());
}

void TestPeriod::comparesLikeForLike()
{
    // Same first day, different kinds: never equal.
    QVERIFY(!(Period::month(2024, 1) == Period::quarter(2024, 1)));
    QVERIFY(!(Period::quarter(2024, 1) == Period::calendarYear(2024)));
    QVERIFY(!(Period::month(2024, 4) == Period::financialYear(2024)));
    QVERIFY(Period::month(2024, 1) == *Period::parse(u"2024-01"_s));

    // Sorted by first day, then by kind.
    QList<Period> periods{Period::calendarYear(2024), Period::month(2024, 2), Period::quarter(2024, 1),
                          Period::month(2024, 1), Period::rolling12(2023, 12)};
    std::sort(periods.begin(), periods.end());
    QStringList keys;
    for (const Period &period : std::as_const(periods))
        keys.append(period.key());
    QCOMPARE(keys, (QStringList{u"R12:2023-12"_s, u"2024-01"_s, u"2024-Q1"_s, u"2024"_s, u"2024-02"_s}));
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
