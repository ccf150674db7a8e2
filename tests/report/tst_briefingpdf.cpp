// The PDF of the demo's approved briefing, read back with poppler's pdftotext and pdffonts:
// the marking at the top and bottom of every page, "Page x of y" on every page, the parts in
// order, numbers equal to the pack's key facts, fonts embedded, the same bytes for the same
// timestamp — and no internal text at all in the public edition.
#include "report/briefingbuilder.h"
#include "report/briefingpdf.h"
#include "report/redaction.h"

#include "domain/meeting.h"
#include "models/measureformat.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cw;

class TestBriefingPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageIsMarkedAndNumbered_data();
    void everyPageIsMarkedAndNumbered();
    void partsInOrderWithTheirNumbers();
    void publicEditionHoldsNoInternalText();
    void fontsAreEmbedded();
    void sameTimestampSameBytes();
    void cancelWritesNothing();
    void fortyMeasures();
    void noBlankPages();

private:
    QString pdf(Edition edition, const QString &name);
    static QString run(const QString &tool, const QStringList &arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Briefing m_briefing;
};

QString TestBriefingPdf::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Compatibility forms: the fonts' ligatures come back as U+FB01 "ﬁ" and so on, which must
    // neither fail a comparison nor hide a leak.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString TestBriefingPdf::pdf(Edition edition, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const auto written = writeBriefingPdf(redact(m_briefing, edition), path);
    return written ? path : QString();
}

void TestBriefingPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("pdftotext and pdffonts (poppler-utils) are not installed");
    QVERIFY(m_dir.isValid());
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), options);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    qint64 approved = 0;
    const auto meetings = m_ws->meetings().meetings();
    QVERIFY(meetings.ok());
    for (const Meeting &m : *meetings) {
        const auto pack = m_ws->packs().latestPack(m.id);
        if (pack && pack->status == PackStatus::Approved)
            approved = m.id;
    }
    QVERIFY(approved > 0);
    BriefingOptions o;
    o.generatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    auto briefing = BriefingBuilder(*m_ws).build(approved, o);
    QVERIFY(briefing.ok());
    m_briefing = *briefing;
}

void TestBriefingPdf::everyPageIsMarkedAndNumbered_data()
{
    QTest::addColumn<int>("edition");
    QTest::addColumn<QString>("marking");
    QTest::newRow("public") << int(Edition::Public) << QStringLiteral("OFFICIAL");
    QTest::newRow("internal") << int(Edition::Internal) << QStringLiteral("OFFICIAL-SENSITIVE");
}

void TestBriefingPdf::everyPageIsMarkedAndNumbered()
{
    QFETCH(int, edition);
    QFETCH(QString, marking);
    const QString path = pdf(Edition(edition), QStringLiteral("marked.pdf"));
    QVERIFY(!path.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pagesMatch =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pagesMatch.hasMatch());
    const int pageCount = pagesMatch.captured(1).toInt();
    // Cover, contents and at least one page per part.
    QVERIFY(pageCount >= 2 + briefingParts(redact(m_briefing, Edition(edition))).size());
    const QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const QStringList lines = pages.at(i).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.constFirst().trimmed(), marking);
        QCOMPARE(lines.constLast().trimmed(), marking);
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pageCount)),
                 qPrintable(QString::number(i + 1)));
        QVERIFY(pages.at(i).contains(m_briefing.cover.meetingTitle));
    }
}

void TestBriefingPdf::partsInOrderWithTheirNumbers()
{
    const QString path = pdf(Edition::Internal, QStringLiteral("internal.pdf"));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    const QStringList pages = text.split(QLatin1Char('\f'));
    // After the contents page, each part's heading appears in order, on a page that the
    // contents gives for it.
    qsizetype from = text.indexOf(QStringLiteral("Contents"));
    QVERIFY(from > 0);
    from = pages.at(0).size() + pages.at(1).size() + 2;
    for (BriefingPart part : briefingParts(m_briefing)) {
        // The heading: a line of its own.
        const QRegularExpression heading(
            QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(displayName(part))),
            QRegularExpression::MultilineOption);
        const qsizetype at = text.indexOf(heading, from);
        QVERIFY2(at > 0, qPrintable(displayName(part)));
        from = at;
        const int page = int(text.left(at).count(QLatin1Char('\f'))) + 1;
        QVERIFY2(pages.at(1).contains(QRegularExpression(QRegularExpression::escape(displayName(part)) +
                                                         QStringLiteral("\\s+%1\\b").arg(page))),
                 qPrintable(displayName(part)));
    }
    // Numbers as in the pack: every key fact's sentence and the frozen latest values.
    const QString flat = text.simplified();
    for (const BriefingMeasure &m : m_briefing.measures) {
        for (const KeyFact &f : m.keyFacts) {
            QVERIFY2(flat.contains(f.text.simplified()), qPrintable(f.text));
            QVERIFY(flat.contains(MeasureFormat::value(f.latestValue, m.unit)));
        }
    }
}

void TestBriefingPdf::publicEditionHoldsNoInternalText()
{
    const QString publicText = run(QStringLiteral("pdftotext"),
                                   {pdf(Edition::Public, QStringLiteral("public.pdf")), QStringLiteral("-")})
                                   .simplified();
    const QString internalText =
        run(QStringLiteral("pdftotext"),
            {pdf(Edition::Internal, QStringLiteral("internal.pdf")), QStringLiteral("-")})
            .simplified();
    QVERIFY(!publicText.isEmpty());
    // Internal material of the demo (items, narrative, a line of enquiry, annotations): in the
    // internal edition, absent from the public one. Short fragments, so line breaks do not hide
    // a leak.
    const QStringList secrets{QStringLiteral("Homicide"),
                              QStringLiteral("Not for publication"),
                              QStringLiteral("Commissioner confident"),
                              QStringLiteral("Westminster drives most"),
                              QStringLiteral("Added Westminster and Southwark"),
                              QStringLiteral("press office"),
                              QStringLiteral("OFFICIAL-SENSITIVE")};
    for (const QString &secret : secrets) {
        QVERIFY2(internalText.contains(secret), qPrintable(secret));
        QVERIFY2(!publicText.contains(secret), qPrintable(secret));
    }
    // What is publishable is there.
    QVERIFY(publicText.contains(QStringLiteral("August spike in Westminster")));
    QVERIFY(publicText.contains(QStringLiteral("3. What is the MPS doing to close the gap")));
}

void TestBriefingPdf::fontsAreEmbedded()
{
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf(Edition::Public, QStringLiteral("fonts.pdf"))})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
            .mid(2); // after the header and the rule
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the fourth field from the end.
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(fields.size() >= 7, qPrintable(line));
        QCOMPARE(fields.at(fields.size() - 5), QStringLiteral("yes"));
    }
}

void TestBriefingPdf::sameTimestampSameBytes()
{
    const auto first = renderBriefingPdf(redact(m_briefing, Edition::Public));
    QThread::sleep(1); // a different second of the clock, which must not show
    const auto second = renderBriefingPdf(redact(m_briefing, Edition::Public));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first, *second);
    QVERIFY(first->contains("/CreationDate (D:20261101090000"));
}

void TestBriefingPdf::cancelWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const auto written =
        writeBriefingPdf(redact(m_briefing, Edition::Internal), path, [&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
    QVERIFY(!written.ok());
    QVERIFY(calls > 0);
    QVERIFY(!QFile::exists(path));
}

// A pack of 40 measure items, each with a three-area chart and borough table (the demo's
// robbery page repeated): one page per measure, and the time it takes (reported, not asserted:
// the benchmark belongs to a quiet machine, not to a test run under sanitizers).
void TestBriefingPdf::fortyMeasures()
{
    Briefing big = m_briefing;
    const auto robbery = std::find_if(big.measures.cbegin(), big.measures.cend(),
                                      [](const BriefingMeasure &m) { return m.hasBoroughTable(); });
    QVERIFY(robbery != big.measures.cend());
    const BriefingMeasure page = *robbery;
    const StatusSummaryRow row = big.summary.constFirst();
    big.measures.clear();
    big.summary.clear();
    for (int i = 0; i < 40; ++i) {
        BriefingMeasure m = page;
        m.itemUid = QStringLiteral("item-%1").arg(i);
        m.title = QStringLiteral("Measure %1").arg(i + 1);
        big.measures.append(m);
        StatusSummaryRow r = row;
        r.itemUid = m.itemUid;
        r.title = m.title;
        big.summary.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    const auto pdf = renderBriefingPdf(big);
    const qint64 ms = timer.elapsed();
    QVERIFY(pdf.ok());
    qInfo("40-measure briefing: %lld ms, %lld bytes", ms, qint64(pdf->size()));
    const QString path = m_dir.filePath(QStringLiteral("forty.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (int i = 1; i <= 40; ++i)
        QVERIFY(text.contains(QStringLiteral("Measure %1\n").arg(i)));
    // Cover, contents (two pages: 40 entries and the parts), summary (two pages), 40 measure
    // pages, then the other parts.
    QVERIFY(text.count(QLatin1Char('\f')) >= 2 + 1 + 40 + 4);
}

// Every page rendered by poppler (pdftoppm, greyscale) has ink between the header and the
// footer: no page holds only its marking.
void TestBriefingPdf::noBlankPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    const QString path = pdf(Edition::Internal, QStringLiteral("pages.pdf"));
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("24"), path, prefix});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QDir dir(m_dir.path());
    const QStringList images = dir.entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name);
    QVERIFY(images.size() >= 2 + briefingParts(m_briefing).size());
    for (const QString &name : images) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
        QCOMPARE(file.readLine().trimmed(), QByteArray("P5"));
        const QList<QByteArray> size = file.readLine().trimmed().split(' ');
        QCOMPARE(size.size(), 2);
        const int width = size.at(0).toInt();
        const int height = size.at(1).toInt();
        QCOMPARE(file.readLine().trimmed(), QByteArray("255"));
        const QByteArray pixels = file.readAll();
        QCOMPARE(pixels.size(), qsizetype(width) * height);
        // The body: from 56 pt below the top to 62 pt above the bottom of an 842 pt page.
        int ink = 0;
        for (int y = height * 60 / 842; y < height * (842 - 66) / 842; ++y) {
            for (int x = 0; x < width; ++x)
                ink += quint8(pixels.at(qsizetype(y) * width + x)) < 160 ? 1 : 0;
        }
        QVERIFY2(ink > 20, qPrintable(name));
    }
}

QTEST_MAIN(TestBriefingPdf)
#include "tst_briefingpdf.moc"
