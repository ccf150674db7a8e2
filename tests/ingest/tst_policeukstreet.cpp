// police.uk street-level crime against the real Met files in ../shared/data, and the rules
// for duplicates, unallocated rows and force totals on small fixtures.
#include "ingest/importcontext.h"
#include "ingest/importparser.h"
#include "reference/referencedata.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

double valueOf(const ParsedFile &parsed, const QString &key, const QString &area, const Period &period)
{
    const auto v = parsed.context->observations().value(key, area, period);
    return v ? v->value : -1;
}

} // namespace

class TestPoliceUkStreet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realMetFile();
    void cityOfLondonFileWithAsb();
    void fixtureRules();
    void badRowsAreLocated();

private:
    QTemporaryDir m_dir;
    AreaResolver m_areas{ReferenceData::areas()};
};

void TestPoliceUkStreet::realMetFile()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is not present; the real-file checks need it.");
    const ParsedFile parsed = ImportParser::parse(
        data + QStringLiteral("/police-uk/met-street-burglary/2023-01-metropolitan-street.csv"), m_areas);
    QVERIFY(!parsed.fatal);
    QCOMPARE(parsed.format, QStringLiteral("policeuk.street"));
    QCOMPARE(parsed.sha256.size(), 64);
    QVERIFY(!parsed.hasIssues());
    // Expected figures derived independently with Python's csv module:
    //   rows = list(csv.DictReader(open(f, encoding='utf-8-sig')))        -> 5143 rows
    //   first occurrence of each non-empty Crime ID kept                    -> 94 repeats, 5049 crimes
    //   borough = LSOA name without its last word; '' or outside London    -> 159 + 5 = 164
    //   Counter(borough)['Camden'] -> 189, ['City of London'] -> 3, ['Tower Hamlets'] -> 274
    //   The City is policed by City of London Police, so its 3 go to the Met's unallocated: 167.
    const auto &c = parsed.context->counters();
    QCOMPARE(c.rowsRead, 5143);
    QCOMPARE(c.duplicatesDropped, 94);
    QCOMPARE(c.unallocated, 167);
    const QString key = QStringLiteral("policeuk.street:Burglary");
    const Period jan = Period::month(2023, 1);
    QCOMPARE(valueOf(parsed, key, QStringLiteral("E09000007"), jan), 189.0);
    QCOMPARE(valueOf(parsed, key, QStringLiteral("E09000001"), jan), -1.0); // not the Met's to report
    QCOMPARE(valueOf(parsed, key, QStringLiteral("E09000030"), jan), 274.0);
    QCOMPARE(valueOf(parsed, key, QStringLiteral("unallocated"), jan), 167.0);
    // The force total is the sum of its boroughs and unallocated.
    QCOMPARE(valueOf(parsed, key, QStringLiteral("E23000001"), jan), 5049.0);
    double sum = 0;
    parsed.context->observations().forEach(
        [&](const ObservationSet::Cell &cell, const ObservationSet::Values &v) {
            if (parsed.context->observations().areaCodes().at(cell.area) != QLatin1String("E23000001"))
                sum += v.value;
        });
    QCOMPARE(sum, 5049.0);
}

void TestPoliceUkStreet::cityOfLondonFileWithAsb()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is not present; the real-file checks need it.");
    const ParsedFile parsed = ImportParser::parse(
        data + QStringLiteral("/police-uk/city-of-london/2016-01-city-of-london-street.csv"), m_areas);
    QVERIFY(!parsed.fatal);
    QVERIFY(!parsed.hasIssues());
    // python3: rows with 'Crime type' == 'Anti-social behaviour' all have an empty Crime ID
    // and each counts -> 65 in 2016-01; all rows: 446; no repeated non-empty Crime ID.
    const Period jan = Period::month(2016, 1);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Anti-social behaviour"),
                     QStringLiteral("E23000034"), jan),
             65.0);
    QCOMPARE(parsed.context->counters().rowsRead, 446);
    QCOMPARE(parsed.context->counters().duplicatesDropped, 0);
}

void TestPoliceUkStreet::fixtureRules()
{
    const QString path = m_dir.filePath(QStringLiteral("fixture-street.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
        "Last outcome category,Context\r\n"
        "aaa,2023-02,Metropolitan Police Service,Metropolitan Police Service,0.1,51.5,\"On or near A, "
        "B\",E01,"
        "Camden 001A,Robbery,Under investigation,\r\n"
        "aaa,2023-02,Metropolitan Police Service,Metropolitan Police Service,0.1,51.5,On or near A,E01,"
        "Camden 001A,Robbery,Court result unavailable,\r\n"
        ",2023-02,Metropolitan Police Service,Metropolitan Police Service,,,No Location,,,Anti-social "
        "behaviour,,\r\n"
        ",2023-02,Metropolitan Police Service,Metropolitan Police Service,,,No Location,,,Anti-social "
        "behaviour,,\r\n"
        "bbb,2023-02,Metropolitan Police Service,Metropolitan Police Service,0.2,51.7,On or near C,E07,"
        "Epping Forest 004C,Robbery,,\r\n"
        "ccc,2023-03,Metropolitan Police Service,Metropolitan Police Service,0.1,51.5,On or near D,E01,"
        "KINGSTON UPON THAMES 002B,Robbery,,\r\n");
    file.close();
    const ParsedFile parsed = ImportParser::parse(path, m_areas);
    QVERIFY(!parsed.fatal);
    QVERIFY(!parsed.hasIssues());
    const auto &c = parsed.context->counters();
    QCOMPARE(c.rowsRead, 6);
    QCOMPARE(c.duplicatesDropped, 1); // "aaa" twice is one crime
    QCOMPARE(c.unallocated, 3);       // two ASB rows without LSOA, one LSOA outside London
    const Period feb = Period::month(2023, 2);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Robbery"), QStringLiteral("E09000007"), feb),
             1.0);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Robbery"), QStringLiteral("unallocated"), feb),
             1.0);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Anti-social behaviour"),
                     QStringLiteral("unallocated"), feb),
             2.0);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Robbery"), QStringLiteral("E23000001"), feb),
             2.0);
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Robbery"), QStringLiteral("E09000021"),
                     Period::month(2023, 3)),
             1.0);
}

void TestPoliceUkStreet::badRowsAreLocated()
{
    const QString path = m_dir.filePath(QStringLiteral("bad-street.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
        "Last outcome category,Context\n"
        "a1,2023-13,Metropolitan Police Service,Metropolitan Police Service,,,x,,Camden 001A,Robbery,,\n"
        "a2,2023-01,Metropolitan Police Service,Metropolitan Police Service,,,x,,Camden 001A,,,\n"
        "a3,2023-01,Atlantis Constabulary,Atlantis Constabulary,,,x,,Camden 001A,Robbery,,\n"
        "a4,2023-01,Metropolitan Police Service,Metropolitan Police Service,,,x,,Camden 001A,Robbery,,\n");
    file.close();
    const ParsedFile parsed = ImportParser::parse(path, m_areas);
    QVERIFY(!parsed.fatal);
    const QList<ImportIssue> issues = parsed.context->issues();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).line, 2);
    QCOMPARE(issues.at(0).column, 2);
    QVERIFY(issues.at(0).message.contains(QStringLiteral("2023-13")));
    QCOMPARE(issues.at(1).line, 3);
    QCOMPARE(issues.at(1).column, 10);
    QCOMPARE(issues.at(2).line, 4);
    QCOMPARE(issues.at(2).column, 4);
    QVERIFY(issues.at(2).message.contains(QStringLiteral("Atlantis")));
    QCOMPARE(parsed.context->counters().rowsRejected, 3);
    // Rejected rows contribute nothing.
    QCOMPARE(valueOf(parsed, QStringLiteral("policeuk.street:Robbery"), QStringLiteral("E09000007"),
                     Period::month(2023, 1)),
             1.0);
}

QTEST_GUILESS_MAIN(TestPoliceUkStreet)
#include "tst_policeukstreet.moc"
