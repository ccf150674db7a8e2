// Times a 40-measure briefing pack to PDF in process (see bench/briefing-bench, which runs this
// and then times LibreOffice converting the ODT this writes).
//
// It creates a fresh demo workspace in FOLDER, adds a London Policing Board meeting and builds
// its pack through the services: 40 measure items, each a distinct measure × area combination
// (the force area and three boroughs, or four boroughs, so that every measure with borough data
// gets a borough table; a measure without borough data gets the force area alone), charts of
// every kind, narrative, lines of enquiry linked to the measures and commentary; then submits
// and approves it (key facts frozen). It then times, fastest of --runs runs, printing each:
//   build   BriefingBuilder::build + redact (the edition)
//   render  renderBriefingPdf (PDF bytes in memory)
//   total   build + redact + writeBriefingPdf to a file: "pack to PDF file" once the
//           workspace is open
//   odt     writeBriefingOdt of the same pack and edition (written once more at the end)
//   open    Workspace::open of the workspace (what `cwb export` does first), and of that
//           WorkspaceFile::check (the file and integrity check)
// and writes FOLDER/workbench.pdf and FOLDER/workbench.odt. Lines starting "= " are for the
// driver: "= key value".
//
// usage: cw-briefing-bench FOLDER [--runs N] [--edition internal|public]
#include "domain/area.h"
#include "domain/meeting.h"
#include "domain/pack.h"
#include "domain/plan.h"
#include "report/briefingbuilder.h"
#include "report/briefingodt.h"
#include "report/briefingpdf.h"
#include "report/redaction.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/planservice.h"
#include "storage/arearepository.h"
#include "storage/storageerror.h"
#include "storage/workspacefile.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace cw;

namespace {

const QString forceCode = QStringLiteral("E23000001");
constexpr int itemCount = 40;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "cw-briefing-bench: %s\n", qPrintable(what));
    std::exit(1);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    fail(what + QStringLiteral(": ") + error.message +
         (error.detail.isEmpty() ? QString() : QStringLiteral(" (") + error.detail + u')'));
}

template <typename T>
T require(Result<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

void require(const Result<void> &result, const QString &what)
{
    if (!result)
        fail(what, result.error());
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Pages of a PDF that QPdfWriter wrote: its page objects ("/Type /Page", not "/Pages").
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![a-zA-Z]))"));
    return int(QString::fromLatin1(pdf).count(page));
}

struct Candidate
{
    QString planCode;
    Measure measure;
    bool boroughData = false;
};

// Every built-in measure, with whether the demo data hold it for boroughs (its key fact for a
// borough has a latest value).
QList<Candidate> candidates(Workspace &ws, const QString &borough)
{
    QList<Candidate> list;
    for (const Plan &plan : require(ws.plans().plans(), QStringLiteral("reading the plans"))) {
        if (!plan.builtin)
            continue;
        for (const Priority &priority : plan.priorities) {
            for (const Measure &m : priority.measures) {
                MeasureItemSpec spec;
                spec.planCode = plan.code;
                spec.measureCode = m.code;
                spec.areaCodes = {borough};
                const auto facts = require(ws.packs().generateKeyFacts(spec), QStringLiteral("key facts"));
                list.append({plan.code, m, !facts.isEmpty() && facts.constFirst().latestValue.has_value()});
            }
        }
    }
    return list;
}

struct BuiltPack
{
    qint64 meetingId = 0;
    int measureItems = 0;
    int boroughTables = 0;
    int distinctMeasures = 0;
};

// The meeting and its approved 40-measure pack, through the services.
BuiltPack buildPack(Workspace &ws)
{
    QList<Area> boroughs;
    for (const Area &a : AreaRepository(ws.database()).all()) {
        if (a.kind == AreaKind::LocalAuthority && a.parentCode == forceCode)
            boroughs.append(a);
    }
    if (boroughs.size() < 4)
        fail(QStringLiteral("the workspace has %1 MPS boroughs; 4 are needed").arg(boroughs.size()));
    const QList<Candidate> all = candidates(ws, boroughs.constFirst().code);
    QList<Candidate> withBoroughs;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(withBoroughs),
                 [](const Candidate &c) { return c.boroughData; });
    if (all.isEmpty() || withBoroughs.isEmpty())
        fail(QStringLiteral("no built-in measure has borough data"));

    Meeting meeting;
    meeting.kind = MeetingKind::LondonPolicingBoard;
    meeting.title = QStringLiteral("Performance across London: every Police and Crime Plan measure");
    meeting.startsAt = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    meeting.durationMinutes = 180;
    meeting.location = QStringLiteral("City Hall, Kamal Chunchie Way, London E16");
    meeting.chair = QStringLiteral("Deputy Mayor for Policing and Crime");
    meeting.attendees = {
        {QStringLiteral("Deputy Mayor for Policing and Crime"), QStringLiteral("MOPAC"),
         QStringLiteral("Chair")},
        {QStringLiteral("Commissioner"), QStringLiteral("MPS"), QStringLiteral("Commissioner")}};
    meeting = require(ws.meetings().insertMeeting(meeting), QStringLiteral("adding the meeting"));
    Pack pack = require(ws.packs().createPack(meeting.id), QStringLiteral("creating the pack"));
    if (pack.sections.size() < 3)
        fail(QStringLiteral("the new pack has %1 sections; 3 are expected").arg(pack.sections.size()));
    const qint64 performance = pack.sections.at(0).id;

    // Pass 1: every measure in the force area (and three boroughs when it has borough data);
    // pass 2: measures with borough data again, once each, for four boroughs. No two items show
    // the same measure for the same areas (pass 2 leaves the force area out), and the boroughs
    // rotate through all 32.
    const QList<ChartKind> charts{ChartKind::Line, ChartKind::ControlChart, ChartKind::Bar};
    BuiltPack built;
    built.meetingId = meeting.id;
    QSet<QString> measures;
    QList<PackItem> items;
    int nextBorough = 0;
    const auto takeBorough = [&] { return boroughs.at(nextBorough++ % boroughs.size()); };
    for (int k = 0; k < itemCount; ++k) {
        const bool first = k < all.size();
        const Candidate &c = first ? all.at(k) : withBoroughs.at((k - all.size()) % withBoroughs.size());
        PackItem item;
        item.kind = PackItemKind::Measure;
        item.visibility = Visibility::Publishable;
        item.measure.planCode = c.planCode;
        item.measure.measureCode = c.measure.code;
        item.measure.chart = charts.at(k % charts.size());
        QStringList names;
        if (first) {
            item.measure.areaCodes = {forceCode};
            item.title = c.measure.title;
        } else {
            item.measure.areaCodes.clear();
        }
        if (c.boroughData) {
            while (item.measure.areaCodes.size() < 4) {
                const Area b = takeBorough();
                item.measure.areaCodes.append(b.code);
                names.append(b.name);
            }
        }
        if (!first)
            item.title = QStringLiteral("%1: %2").arg(c.measure.title, names.constFirst());
        items.append(
            require(ws.packs().insertItem(performance, item, k), QStringLiteral("adding a measure item")));
        measures.insert(c.planCode + u'/' + c.measure.code);
        ++built.measureItems;
        if (item.measure.areaCodes.size() > 1)
            ++built.boroughTables;
    }
    built.distinctMeasures = int(measures.size());

    require(ws.packs().insertItem(
                pack.sections.at(1).id,
                narrativeItem(
                    QStringLiteral("Summary"),
                    QStringLiteral("<h2>Summary</h2><p>This pack covers every measure of both Police and "
                                   "Crime Plans, London-wide and in every borough. The figures are "
                                   "<b>illustrative demo data</b>.</p><ul><li>Violence and robbery: "
                                   "progress against the trajectories</li><li>Confidence and trust: "
                                   "the gaps between groups</li><li>Victims and the justice system: "
                                   "satisfaction and repeat victimisation</li></ul>"),
                    Visibility::Publishable),
                0),
            QStringLiteral("adding the summary"));
    require(ws.packs().insertItem(
                pack.sections.at(1).id,
                narrativeItem(QStringLiteral("Briefing note for the Deputy Mayor"),
                              QStringLiteral("<p><i>Not for publication.</i> Ask for the borough "
                                             "plans behind the largest changes.</p>"),
                              Visibility::Internal),
                1),
            QStringLiteral("adding a briefing note"));
    PackItem lines;
    lines.kind = PackItemKind::LinesOfEnquiry;
    lines.title = QStringLiteral("Questions for the MPS");
    lines.visibility = Visibility::Publishable;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Measure &m = all.at(i).measure;
        lines.enquiries.append(lineOfEnquiry(
            QStringLiteral("What explains the latest change in %1, and which boroughs drive it?")
                .arg(m.title),
            m.code, i % 4 == 3 ? Visibility::Internal : Visibility::Publishable));
    }
    lines.enquiries.append(
        lineOfEnquiry(QStringLiteral("How many neighbourhood officers are in post in each borough "
                                     "against the plan?"),
                      {}, Visibility::Publishable));
    require(ws.packs().insertItem(pack.sections.at(2).id, lines, 0),
            QStringLiteral("adding the lines of enquiry"));

    // Commentary on every fifth measure item.
    for (qsizetype i = 0; i < items.size(); i += 5) {
        Annotation a;
        a.anchor = AnnotationAnchor::onItem(pack.uid, items.at(i).uid);
        a.author = QStringLiteral("Priya Shah");
        a.createdAt = meeting.startsAt.addDays(-7);
        a.text = QStringLiteral("Check the borough figures against the MPS dashboard before the Board.");
        a.visibility = i % 10 == 0 ? Visibility::Internal : Visibility::Publishable;
        require(ws.annotations().add(a), QStringLiteral("adding commentary"));
    }

    require(ws.packs().submitForReview(pack.id), QStringLiteral("submitting the pack for review"));
    require(ws.packs().approve(pack.id), QStringLiteral("approving the pack"));
    return built;
}

struct Fastest
{
    double best = -1;
    void add(double ms) { best = best < 0 ? ms : std::min(best, ms); }
};

} // namespace

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed(); // as `cwb export`: the same bytes on every run
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    Edition edition = Edition::Internal;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--edition")); i >= 0 && i + 1 < args.size()) {
        const auto named = editionFromName(args.at(i + 1));
        if (!named)
            fail(QStringLiteral("--edition '%1' is not public or internal").arg(args.at(i + 1)));
        edition = *named;
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: cw-briefing-bench FOLDER [--runs N] [--edition internal|public]\n");
        return 2;
    }
    const QDir folder(args.constFirst());
    if (!folder.exists())
        fail(QStringLiteral("there is no folder %1").arg(folder.path()));
    const QString workspacePath = folder.filePath(QStringLiteral("briefing.cwb"));
    const QString pdfPath = folder.filePath(QStringLiteral("workbench.pdf"));
    const QString odtPath = folder.filePath(QStringLiteral("workbench.odt"));

    QElapsedTimer setup;
    setup.start();
    CreateOptions createOptions;
    createOptions.demo = true;
    auto created = Workspace::create(workspacePath, createOptions);
    if (!created)
        fail(QStringLiteral("creating the demo workspace"), created.error());
    Workspace &ws = *created.value();
    const double createMs = msSince(setup);
    setup.restart();
    const BuiltPack built = buildPack(ws);
    const double packMs = msSince(setup);
    out() << QStringLiteral(
                 "workspace: demo, created in %1 ms; pack: %2 measure items (%3 distinct measures, "
                 "%4 with a borough table), approved, built through the services in %5 ms\n")
                 .arg(createMs, 0, 'f', 0)
                 .arg(built.measureItems)
                 .arg(built.distinctMeasures)
                 .arg(built.boroughTables)
                 .arg(packMs, 0, 'f', 0);

    BriefingOptions options;
    options.generatedAt = QDateTime(QDate(2026, 1, 8), QTime(9, 0), Qt::UTC);
    const auto buildEdition = [&] {
        return redact(
            require(BriefingBuilder(ws).build(built.meetingId, options), QStringLiteral("building")),
            edition);
    };

    const Briefing check = buildEdition();
    if (check.measures.size() != itemCount || check.summary.size() != itemCount)
        fail(QStringLiteral("the briefing has %1 measure pages and %2 summary rows; %3 are expected")
                 .arg(check.measures.size())
                 .arg(check.summary.size())
                 .arg(itemCount));
    const auto tables = std::count_if(check.measures.cbegin(), check.measures.cend(),
                                      [](const BriefingMeasure &m) { return m.hasBoroughTable(); });
    if (tables != built.boroughTables)
        fail(QStringLiteral("the briefing has %1 borough tables; the pack has %2")
                 .arg(tables)
                 .arg(built.boroughTables));

    Fastest build, render, total, odt;
    QByteArray pdf;
    out()
        << QStringLiteral("%1, fastest of %2 run(s); each run in ms:\n").arg(displayName(edition)).arg(runs);
    out() << QStringLiteral("  run     build   render  total (file)     odt\n");
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const Briefing briefing = buildEdition();
        const double buildMs = msSince(timer);
        timer.restart();
        pdf = require(renderBriefingPdf(briefing), QStringLiteral("rendering the PDF"));
        const double renderMs = msSince(timer);

        QFile::remove(pdfPath);
        timer.restart();
        require(writeBriefingPdf(buildEdition(), pdfPath), QStringLiteral("writing the PDF"));
        const double totalMs = msSince(timer);

        QFile::remove(odtPath);
        timer.restart();
        require(writeBriefingOdt(briefing, odtPath), QStringLiteral("writing the ODT"));
        const double odtMs = msSince(timer);

        build.add(buildMs);
        render.add(renderMs);
        total.add(totalMs);
        odt.add(odtMs);
        out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                     .arg(r + 1, 4)
                     .arg(buildMs, 9, 'f', 1)
                     .arg(renderMs, 8, 'f', 1)
                     .arg(totalMs, 13, 'f', 1)
                     .arg(odtMs, 9, 'f', 1);
        out().flush();
    }
    const int pages = pdfPages(pdf);
    out() << QStringLiteral("  best %1 %2 %3 %4\n")
                 .arg(build.best, 9, 'f', 1)
                 .arg(render.best, 8, 'f', 1)
                 .arg(total.best, 13, 'f', 1)
                 .arg(odt.best, 9, 'f', 1);
    // Opening the workspace, as `cwb export` does before it builds; the other connection is
    // left open, as a GUI would have it.
    Fastest open, fileCheck;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        try {
            WorkspaceFile::check(workspacePath);
        } catch (const StorageError &error) {
            fail(QStringLiteral("checking the workspace"), Error{error.message(), error.detail()});
        }
        fileCheck.add(msSince(timer));
        timer.restart();
        auto reopened = Workspace::open(workspacePath);
        if (!reopened)
            fail(QStringLiteral("opening the workspace"), reopened.error());
        open.add(msSince(timer));
    }
    out() << QStringLiteral("opening the workspace: %1 ms, of which the file and integrity check %2 ms "
                            "(fastest of %3)\n")
                 .arg(open.best, 0, 'f', 1)
                 .arg(fileCheck.best, 0, 'f', 1)
                 .arg(runs);
    out() << QStringLiteral("open + pack to PDF file (what `cwb export` does, less process start): %1 ms\n")
                 .arg(open.best + total.best, 0, 'f', 1);

    out() << QStringLiteral("briefing: %1 measure pages, %2 with a borough table; PDF: %3 pages, %4 bytes\n")
                 .arg(check.measures.size())
                 .arg(tables)
                 .arg(pages)
                 .arg(pdf.size());
    out() << QStringLiteral("= meeting %1\n= measures %2\n= pages %3\n= build_ms %4\n= render_ms %5\n"
                            "= total_ms %6\n= odt_ms %7\n= workspace %8\n= pdf %9\n")
                 .arg(built.meetingId)
                 .arg(check.measures.size())
                 .arg(pages)
                 .arg(build.best, 0, 'f', 1)
                 .arg(render.best, 0, 'f', 1)
                 .arg(total.best, 0, 'f', 1)
                 .arg(odt.best, 0, 'f', 1)
                 .arg(QFileInfo(workspacePath).absoluteFilePath(), QFileInfo(pdfPath).absoluteFilePath());
    out() << QStringLiteral("= odt %1\n= open_ms %2\n= check_ms %3\n")
                 .arg(QFileInfo(odtPath).absoluteFilePath())
                 .arg(open.best, 0, 'f', 1)
                 .arg(fileCheck.best, 0, 'f', 1);
    out().flush();
    return 0;
}
