// The import format adapters against the real published files in ../shared/data (skipped with a
// message when the folder is absent). Every expected number was worked out independently on
// the command line; the command is next to it.

#include <QFile>
#include <QTest>

#include <memory>

#include "adapterfixtures.h"
#include "reference/referencedata.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace cwtest;

class TestAdapterFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void realFilesImportCleanly_data();
    void realFilesImportCleanly();
    void realValues_data();
    void realValues();
    void realSearchMonthBoundary_data();
    void realSearchMonthBoundary();

private:
    std::unique_ptr<cw::AreaResolver> m_areas;
    QString m_data;
};

void TestAdapterFiles::initTestCase()
{
    m_areas = std::make_unique<cw::AreaResolver>(cw::ReferenceData::areas());
    m_data = cwtest::sharedDataDir();
}

// ---------------------------------------------------------------------------------------------
// The real published files (../shared/data). Expected numbers were worked out independently
// with the shell command written next to each.

void TestAdapterFiles::realFilesImportCleanly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("unallocated");

    // rows: tr -d '\r' < FILE | awk 'NR>1' | wc -l
    // unallocated: tr -d '\r' < FILE | awk -F, 'NR>1 && ($1=="Unknown" || $3=="Unknown")' | wc -l
    QTest::newRow("datastore 2010-2023")
        << u"london-datastore/MPS_Borough_Level_Crime_Historical_201004-202302.csv"_s << u"mps.borough"_s
        << qint64(931) << qint64(28);
    QTest::newRow("datastore 2023-2025")
        << u"london-datastore/MPS_Borough_Level_Crime_recent24_202303-202502.csv"_s << u"mps.borough"_s
        << qint64(1013) << qint64(30);
    QTest::newRow("datastore old 2008-2016 (CRLF)")
        << u"london-datastore/MPS_Borough_Level_Crime_Historic_oldcats_200801-201612.csv"_s
        << u"mps.borough.old"_s << qint64(1056) << qint64(0);
    QTest::newRow("datastore old 2017-2018 (CRLF)")
        << u"london-datastore/MPS_Borough_Level_Crime_recent24_oldcats_201701-201812.csv"_s
        << u"mps.borough.old"_s << qint64(1050) << qint64(0);
    // awk 'NR>1' FILE | wc -l
    QTest::newRow("PAS boroughs, comma")
        << u"mopac/PAS_Dashboard_Borough_comma.csv"_s << u"pas"_s << qint64(9312) << qint64(0);
    QTest::newRow("PAS boroughs, semicolon")
        << u"mopac/PAS_TandC_dashboard_Borough_semicolon.csv"_s << u"pas"_s << qint64(9312) << qint64(0);
    QTest::newRow("PAS MPS, semicolon")
        << u"mopac/PAS_TandC_dashboard_MPS_semicolon.csv"_s << u"pas"_s << qint64(291) << qint64(0);
    // unallocated: awk -F, 'NR>1 && $2=="Borough" && $5==""' FILE | wc -l
    QTest::newRow("monthly crime dashboard")
        << u"london-datastore/mps-dashboards/monthly-crime-dashboard.csv"_s << u"mps.dashboard"_s
        << qint64(59431) << qint64(316);
    // unallocated: awk -F, 'NR>1 && ($9=="" || ($8 !~ /^E0100/ && $8 !~ /^E0103/))' FILE | wc -l
    // (7 without an LSOA; Daventry, Broxbourne ×2, Epping Forest outside London) + 1 row in a City
    // of London LSOA, which the Met does not police: awk -F, 'NR>1 && $9 ~ /^City of London /' | wc -l
    QTest::newRow("Met outcomes 2023-05")
        << u"police-uk/met-outcomes-burglary/2023-05-metropolitan-outcomes.csv"_s << u"policeuk.outcome"_s
        << qint64(1149) << qint64(12);
    // unallocated: awk -F, 'NR>1 && $9==""' FILE | wc -l → 20 without an LSOA, plus the rows in
    // boroughs the City force does not police: awk -F, 'NR>1 && $9!="" && $9 !~ /^City of London /' | wc -l →
    // 19
    QTest::newRow("City outcomes 2016-01")
        << u"police-uk/city-of-london/2016-01-city-of-london-outcomes.csv"_s << u"policeuk.outcome"_s
        << qint64(574) << qint64(39);
    QTest::newRow("Met stop and search 2022-09")
        << u"police-uk/met-stop-and-search/2022-09-metropolitan-stop-and-search.csv"_s << u"policeuk.search"_s
        << qint64(12447) << qint64(0);
    QTest::newRow("City stop and search 2016-01")
        << u"police-uk/city-of-london/2016-01-city-of-london-stop-and-search.csv"_s << u"policeuk.search"_s
        << qint64(150) << qint64(0);
}

void TestAdapterFiles::realFilesImportCleanly()
{
    if (m_data.isEmpty())
        QSKIP("The published data folder ../shared/data is absent; real-file tests skipped.");
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(qint64, rows);
    QFETCH(qint64, unallocated);

    QFile device(m_data + u'/' + file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    cw::CsvReader reader(device);
    QVERIFY(reader.readHeader());
    const auto detected = cw::FormatRegistry::detect(reader.header());
    QCOMPARE(detected ? detected->name() : QString(), format);
    device.seek(0);
    const Run run = runDevice(*m_areas, format, device, file.section(u'/', -1));
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, rows);
    QCOMPARE(run.counters().rowsRejected, 0);
    QCOMPARE(run.counters().unallocated, unallocated);
    QVERIFY(!run.ctx->observations().isEmpty());
}

void TestAdapterFiles::realValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("expected");

    const auto row = [](const char *tag, const QString &file, const QString &format, const QString &key,
                        const QString &area, const QString &period, double expected) {
        QTest::newRow(tag) << file << format << key << area << period << expected;
    };

    // Datastore, new scheme. F=MPS_Borough_Level_Crime_recent24_202303-202502.csv; column 15 is 202402.
    const QString recent = u"london-datastore/MPS_Borough_Level_Crime_recent24_202303-202502.csv"_s;
    const QString residential = u"mps.borough:BURGLARY/BURGLARY - RESIDENTIAL"_s;
    const QString dwelling = u"mps.borough:BURGLARY/BURGLARY IN A DWELLING"_s;
    // awk -F, 'NR>1 && $2=="BURGLARY - RESIDENTIAL" && $3=="Camden" {print $15}' $F
    row("Camden residential 2024-02", recent, u"mps.borough"_s, residential, u"E09000007"_s, u"2024-02"_s, 9);
    // awk -F, 'NR>1 && $2=="BURGLARY - RESIDENTIAL" && $3=="Camden" {print $16}' $F
    row("Camden residential 2024-03", recent, u"mps.borough"_s, residential, u"E09000007"_s, u"2024-03"_s,
        118);
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" && $3=="Camden" {print $15, $16}' $F
    row("Camden dwelling 2024-02", recent, u"mps.borough"_s, dwelling, u"E09000007"_s, u"2024-02"_s, 95);
    row("Camden dwelling 2024-03 (zero from then)", recent, u"mps.borough"_s, dwelling, u"E09000007"_s,
        u"2024-03"_s, 0);
    // Force totals, airports and unknown included:
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" {s+=$15} END{print s}' $F   (Heathrow 7, Unknown 16)
    row("force dwelling 2024-02", recent, u"mps.borough"_s, dwelling, u"E23000001"_s, u"2024-02"_s, 2789);
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" && $3 ~ /Heathrow/ {print $15}' $F
    row("airports dwelling 2024-02", recent, u"mps.borough"_s, dwelling, u"heathrow-city-airports"_s,
        u"2024-02"_s, 7);
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" && $3=="Unknown" {print $15}' $F
    row("unknown dwelling 2024-02", recent, u"mps.borough"_s, dwelling, u"unallocated"_s, u"2024-02"_s, 16);
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" {for(i=16;i<=27;i++) s+=$i} END{print s}' $F  → 0
    row("force dwelling 2024-03 (series ended)", recent, u"mps.borough"_s, dwelling, u"E23000001"_s,
        u"2024-03"_s, 0);
    row("force dwelling 2025-02 (series ended)", recent, u"mps.borough"_s, dwelling, u"E23000001"_s,
        u"2025-02"_s, 0);
    // awk -F, 'NR>1 && $2=="BURGLARY - RESIDENTIAL" {for(i=4;i<=14;i++) s+=$i} END{print s}' $F  → 0
    row("force residential 2024-01 (not begun)", recent, u"mps.borough"_s, residential, u"E23000001"_s,
        u"2024-01"_s, 0);
    // awk -F, 'NR>1 && $2=="BURGLARY - RESIDENTIAL" {s+=$15} END{print s}' $F  (its first, partial month)
    row("force residential 2024-02", recent, u"mps.borough"_s, residential, u"E23000001"_s, u"2024-02"_s,
        193);
    // awk -F, 'NR>1 && $2=="BURGLARY - RESIDENTIAL" {s+=$16} END{print s}' $F
    row("force residential 2024-03", recent, u"mps.borough"_s, residential, u"E23000001"_s, u"2024-03"_s,
        3208);
    // awk -F, 'NR>1 && $3=="Westminster" && $2=="THEFT FROM THE PERSON" {print $27}' $F
    row("Westminster theft from the person 2025-02", recent, u"mps.borough"_s,
        u"mps.borough:THEFT/THEFT FROM THE PERSON"_s, u"E09000033"_s, u"2025-02"_s, 2666);

    // G=MPS_Borough_Level_Crime_Historical_201004-202302.csv; column 158 is 202302.
    const QString historical = u"london-datastore/MPS_Borough_Level_Crime_Historical_201004-202302.csv"_s;
    // awk -F, 'NR>1 && $3=="Camden" && $2=="BURGLARY IN A DWELLING" {print $158, $4}' $G
    row("Camden dwelling 2023-02", historical, u"mps.borough"_s, dwelling, u"E09000007"_s, u"2023-02"_s, 97);
    row("Camden dwelling 2010-04", historical, u"mps.borough"_s, dwelling, u"E09000007"_s, u"2010-04"_s, 130);
    // awk -F, 'NR>1 && $2=="BURGLARY IN A DWELLING" {s+=$158} END{print s}' $G   (Unknown 70, no airports
    // row)
    row("force dwelling 2023-02", historical, u"mps.borough"_s, dwelling, u"E23000001"_s, u"2023-02"_s, 3044);

    // Old scheme. tr -d '\r' < MPS_Borough_Level_Crime_Historic_oldcats_200801-201612.csv > /tmp/g.csv
    const QString oldcats = u"london-datastore/MPS_Borough_Level_Crime_Historic_oldcats_200801-201612.csv"_s;
    const QString oldDwelling = u"mps.borough.old:Burglary/Burglary in a Dwelling"_s;
    // awk -F, 'NR>1 && $1=="Westminster" && $3=="Burglary in a Dwelling" {print $111}' /tmp/g.csv
    row("old: Westminster dwelling 2016-12", oldcats, u"mps.borough.old"_s, oldDwelling, u"E09000033"_s,
        u"2016-12"_s, 131);
    // awk -F, 'NR>1 && $3=="Burglary in a Dwelling" {s+=$111} END{print s}' /tmp/g.csv
    row("old: force dwelling 2016-12", oldcats, u"mps.borough.old"_s, oldDwelling, u"E23000001"_s,
        u"2016-12"_s, 4486);
    // tr -d '\r' < MPS_Borough_Level_Crime_recent24_oldcats_201701-201812.csv > /tmp/h.csv
    const QString oldRecent =
        u"london-datastore/MPS_Borough_Level_Crime_recent24_oldcats_201701-201812.csv"_s;
    const QString oldResidential = u"mps.borough.old:Burglary/Burglary - Residential"_s;
    // awk -F, 'NR>1 && $1=="Lambeth" && $3=="Burglary - Residential" {print $27}' /tmp/h.csv
    row("old: Lambeth residential 2018-12", oldRecent, u"mps.borough.old"_s, oldResidential, u"E09000022"_s,
        u"2018-12"_s, 147);
    // awk -F, 'NR>1 && $3=="Burglary - Residential" {s+=$27} END{print s}' /tmp/h.csv
    row("old: force residential 2018-12", oldRecent, u"mps.borough.old"_s, oldResidential, u"E23000001"_s,
        u"2018-12"_s, 5504);

    // PAS. awk -F';' 'NR>1 && $1=="31/12/2014" && $3=="MPS" && $4=="\"\"\"Good Job\"\" local\""' FILE → 0,67
    const QString goodJob = u"pas:\"Good Job\" local"_s;
    row("PAS MPS good job 2014-12", u"mopac/PAS_TandC_dashboard_MPS_semicolon.csv"_s, u"pas"_s, goodJob,
        u"E23000001"_s, u"R12:2014-12"_s, 0.67);
    // grep -n 'MPS;Trust' PAS_TandC_dashboard_MPS_semicolon.csv → 31/03/2016;PAS;MPS;Trust MPS;0,86
    row("PAS MPS trust 2016-03", u"mopac/PAS_TandC_dashboard_MPS_semicolon.csv"_s, u"pas"_s,
        u"pas:Trust MPS"_s, u"E23000001"_s, u"R12:2016-03"_s, 0.86);
    // grep -n 'City of Westminster;Trust MPS' PAS_TandC_dashboard_Borough_semicolon.csv → 31/03/2016 …
    // 0,94;0,86
    row("PAS boroughs Westminster trust 2016-03", u"mopac/PAS_TandC_dashboard_Borough_semicolon.csv"_s,
        u"pas"_s, u"pas:Trust MPS"_s, u"E09000033"_s, u"R12:2016-03"_s, 0.94);
    row("PAS boroughs, their MPS column", u"mopac/PAS_TandC_dashboard_Borough_semicolon.csv"_s, u"pas"_s,
        u"pas:Trust MPS"_s, u"E23000001"_s, u"R12:2016-03"_s, 0.86);
    // grep -n 'Richmond Upon Thames' PAS_TandC_dashboard_Borough_semicolon.csv → 30/06/2023 …
    // local";0,53;0,48
    row("PAS Richmond Upon Thames 2023-06", u"mopac/PAS_TandC_dashboard_Borough_semicolon.csv"_s, u"pas"_s,
        goodJob, u"E09000027"_s, u"R12:2023-06"_s, 0.53);
    // grep -n '^30/6/2015,PAS,City of Westminster' PAS_Dashboard_Borough_comma.csv → …,"0,74","0,66",,,,
    row("PAS comma Westminster 2015-06", u"mopac/PAS_Dashboard_Borough_comma.csv"_s, u"pas"_s, goodJob,
        u"E09000033"_s, u"R12:2015-06"_s, 0.74);
    // head -2 PAS_Dashboard_Borough_comma.csv → 31/12/2014,PAS,Barking and Dagenham,…,"0,56","0,67",,,,
    row("PAS comma Barking 2014-12", u"mopac/PAS_Dashboard_Borough_comma.csv"_s, u"pas"_s, goodJob,
        u"E09000002"_s, u"R12:2014-12"_s, 0.56);

    // Dashboard. D=monthly-crime-dashboard.csv (quoted commas only in neighbourhood-team rows)
    const QString dashboard = u"london-datastore/mps-dashboards/monthly-crime-dashboard.csv"_s;
    // awk -F, 'NR>1 && $2=="Borough" && $5=="E09000007" && $7=="Knife Crime" && $8=="Offences"
    //          && substr($1,1,7)=="2023-01" {print $11}' $D
    row("dashboard Camden knife crime 2023-01", dashboard, u"mps.dashboard"_s,
        u"mps.dashboard:Knife Crime/Offences"_s, u"E09000007"_s, u"2023-01"_s, 41);
    // awk -F, 'NR>1 && $2=="Borough" && $7=="Knife Crime" && $8=="Offences" && substr($1,1,7)=="2023-01"
    //          {s+=$11} END{print s}' $D
    row("dashboard force knife crime 2023-01", dashboard, u"mps.dashboard"_s,
        u"mps.dashboard:Knife Crime/Offences"_s, u"E23000001"_s, u"2023-01"_s, 1153);
    // same with m=2023-05 → 1179; unallocated: … && $5=="" … → 20 (Aviation Security 1 + N/K 19)
    row("dashboard force knife crime 2023-05", dashboard, u"mps.dashboard"_s,
        u"mps.dashboard:Knife Crime/Offences"_s, u"E23000001"_s, u"2023-05"_s, 1179);
    row("dashboard unallocated knife crime 2023-05", dashboard, u"mps.dashboard"_s,
        u"mps.dashboard:Knife Crime/Offences"_s, u"unallocated"_s, u"2023-05"_s, 20);
    // awk -F, '… $5=="E09000033" && $7=="Knife Crime with Injury" && $8=="Positive Outcomes" && 2023-05 …' $D
    row("dashboard Westminster KCWI positive outcomes 2023-05", dashboard, u"mps.dashboard"_s,
        u"mps.dashboard:Knife Crime with Injury/Positive Outcomes"_s, u"E09000033"_s, u"2023-05"_s, 1);

    // Outcomes. O=met-outcomes-burglary/2023-05-metropolitan-outcomes.csv (no quoted fields)
    const QString metOutcomes = u"police-uk/met-outcomes-burglary/2023-05-metropolitan-outcomes.csv"_s;
    // awk -F, 'NR>1 && $10=="Suspect charged"' $O | wc -l
    row("Met outcomes: force charged", metOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Suspect charged"_s, u"E23000001"_s, u"2023-05"_s, 80);
    // awk -F, 'NR>1 && $10=="Investigation complete; no suspect identified"' $O | wc -l
    row("Met outcomes: force no suspect", metOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Investigation complete; no suspect identified"_s, u"E23000001"_s, u"2023-05"_s,
        1066);
    // awk -F, 'NR>1 && $9 ~ /^Camden / && $10=="Suspect charged"' $O | wc -l
    row("Met outcomes: Camden charged", metOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Suspect charged"_s, u"E09000007"_s, u"2023-05"_s, 1);
    // awk -F, 'NR>1 && ($9=="" || ($8 !~ /^E0100/ && $8 !~ /^E0103/)) && $10=="Suspect charged"' $O | wc -l
    row("Met outcomes: unallocated charged (Broxbourne)", metOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Suspect charged"_s, u"unallocated"_s, u"2023-05"_s, 2);
    // C=city-of-london/2016-01-city-of-london-outcomes.csv
    const QString cityOutcomes = u"police-uk/city-of-london/2016-01-city-of-london-outcomes.csv"_s;
    // awk -F, 'NR>1 && $10=="Suspect charged"' $C | wc -l
    row("City outcomes: force charged", cityOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Suspect charged"_s, u"E23000034"_s, u"2016-01"_s, 40);
    // awk -F, 'NR>1 && $10=="Suspect charged" && $9 ~ /^City of London /' $C | wc -l
    row("City outcomes: City charged", cityOutcomes, u"policeuk.outcome"_s,
        u"policeuk.outcome:Suspect charged"_s, u"E09000001"_s, u"2016-01"_s, 34);

    // Stop and search. S=met-stop-and-search/2022-09-metropolitan-stop-and-search.csv (no quoted fields)
    const QString metSearch = u"police-uk/met-stop-and-search/2022-09-metropolitan-stop-and-search.csv"_s;
    // awk 'NR>1' $S | wc -l
    row("Met search: all", metSearch, u"policeuk.search"_s, u"policeuk.search:all"_s, u"E23000001"_s,
        u"2022-09"_s, 12447);
    // awk -F, 'NR>1 {print ($12==""?"(empty)":$12)}' $S | sort | uniq -c
    row("Met search: drugs", metSearch, u"policeuk.search"_s, u"policeuk.search:object:Controlled drugs"_s,
        u"E23000001"_s, u"2022-09"_s, 7658);
    row("Met search: object not stated", metSearch, u"policeuk.search"_s,
        u"policeuk.search:object:Not stated"_s, u"E23000001"_s, u"2022-09"_s, 34);
    // awk -F, 'NR>1 {print $13}' $S | sort | uniq -c
    row("Met search: arrest", metSearch, u"policeuk.search"_s, u"policeuk.search:outcome:Arrest"_s,
        u"E23000001"_s, u"2022-09"_s, 1928);
    // awk -F, 'NR>1 {print ($10==""?"(empty)":$10)}' $S | sort | uniq -c
    row("Met search: Black", metSearch, u"policeuk.search"_s, u"policeuk.search:ethnicity:Black"_s,
        u"E23000001"_s, u"2022-09"_s, 4585);
    row("Met search: ethnicity not stated", metSearch, u"policeuk.search"_s,
        u"policeuk.search:ethnicity:Not stated"_s, u"E23000001"_s, u"2022-09"_s, 288);
    // T=city-of-london/2016-01-city-of-london-stop-and-search.csv; awk -F, 'NR>1 {print $12}' $T | sort |
    // uniq -c
    const QString citySearch = u"police-uk/city-of-london/2016-01-city-of-london-stop-and-search.csv"_s;
    row("City search: all", citySearch, u"policeuk.search"_s, u"policeuk.search:all"_s, u"E23000034"_s,
        u"2016-01"_s, 150);
    row("City search: stolen goods", citySearch, u"policeuk.search"_s,
        u"policeuk.search:object:Stolen goods"_s, u"E23000034"_s, u"2016-01"_s, 58);
    // awk -F, 'NR>1 {print $13}' $T | sort | uniq -c
    row("City search: arrested", citySearch, u"policeuk.search"_s,
        u"policeuk.search:outcome:Suspect arrested"_s, u"E23000034"_s, u"2016-01"_s, 44);
}

void TestAdapterFiles::realValues()
{
    if (m_data.isEmpty())
        QSKIP("The published data folder ../shared/data is absent; real-file tests skipped.");
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QString, area);
    QFETCH(QString, period);
    QFETCH(double, expected);

    // Each file is read once for all its rows.
    static QHash<QString, std::shared_ptr<Run>> runs;
    auto &run = runs[file];
    if (!run) {
        QFile device(m_data + u'/' + file);
        QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
        run = std::make_shared<Run>(runDevice(*m_areas, format, device, file.section(u'/', -1)));
    }
    QVERIFY2(run->ctx->issues().isEmpty(), qPrintable(issuesText(*run->ctx)));
    QCOMPARE(run->value(key, area, period), expected);
}

// A month's stop-and-search file starts with searches made in the last hour of the previous
// month in UTC, which in summer is the first hour of the month in London: they count in the
// file's own month, and no row lands in the month before.
void TestAdapterFiles::realSearchMonthBoundary_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("earlyUtcRows");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<double>("total");

    // earlyUtcRows: awk -F, 'NR>1 && substr($2,1,7)=="2022-08"' FILE | wc -l; total: awk 'NR>1' FILE | wc -l
    QTest::newRow("2022-09 (BST)") << u"2022-09-metropolitan-stop-and-search.csv"_s << 16 << u"2022-09"_s
                                   << u"2022-08"_s << 12447.0;
    // awk -F, 'NR>1 && substr($2,1,7)=="2023-06"' FILE | wc -l → 13; awk 'NR>1' FILE | wc -l → 13073
    QTest::newRow("2023-07 (BST)") << u"2023-07-metropolitan-stop-and-search.csv"_s << 13 << u"2023-07"_s
                                   << u"2023-06"_s << 13073.0;
    // awk -F, 'NR>1 && substr($2,1,7)=="2022-12"' FILE | wc -l → 0; awk 'NR>1' FILE | wc -l → 16401
    QTest::newRow("2023-01 (GMT)") << u"2023-01-metropolitan-stop-and-search.csv"_s << 0 << u"2023-01"_s
                                   << u"2022-12"_s << 16401.0;
}

void TestAdapterFiles::realSearchMonthBoundary()
{
    if (m_data.isEmpty())
        QSKIP("The published data folder ../shared/data is absent; real-file tests skipped.");
    QFETCH(QString, file);
    QFETCH(int, earlyUtcRows);
    QFETCH(QString, month);
    QFETCH(QString, previous);
    QFETCH(double, total);

    QFile device(m_data + u"/police-uk/met-stop-and-search/"_s + file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    // The files have no quoted fields, so the Date is simply the second field of each line.
    int early = 0;
    const QList<QByteArray> lines = device.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        early += lines.at(i).split(',').value(1).startsWith(QByteArray(previous.toLatin1() + '-')) ? 1 : 0;
    QCOMPARE(early, earlyUtcRows);
    device.seek(0);
    const Run run = runDevice(*m_areas, u"policeuk.search"_s, device, file);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.value(u"policeuk.search:all"_s, u"E23000001"_s, month), total);
    QVERIFY(std::isnan(run.value(u"policeuk.search:all"_s, u"E23000001"_s, previous)));
}

QTEST_GUILESS_MAIN(TestAdapterFiles)
#include "tst_adapterfiles.moc"
