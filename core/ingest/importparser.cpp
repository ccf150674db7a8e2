#include "ingest/importparser.h"

#include "ingest/csvreader.h"
#include "ingest/formatadapter.h"
#include "ingest/formatregistry.h"
#include "ingest/importcontext.h"
#include "ingest/xlsx/xlsxreader.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <future>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ImportParser", text);
}

// sha256 of the file, read on its own thread (from the page cache) while the parser works.
QByteArray sha256Of(const QString &path, const std::atomic<bool> &stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return {};
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        hash.add(chunk.constData(), got);
    }
    return hash.hexDigest();
}

void describe(ParsedFile &parsed, const FormatAdapter &adapter)
{
    parsed.format = adapter.name();
    parsed.formatTitle = adapter.title();
    parsed.sourceCode = adapter.sourceCode();
    parsed.sourceName = adapter.sourceName();
    parsed.licence = adapter.licence();
}

// An .xlsx file: the workbook is read whole (published workbooks are small; the reader
// refuses any that would expand beyond its limits), then handed to a workbook adapter.
void parseWorkbook(ParsedFile &parsed, const QString &format, const ImportParser::Progress &progress)
{
    ImportContext &ctx = *parsed.context;
    std::unique_ptr<FormatAdapter> adapter;
    if (!format.isEmpty()) {
        adapter = FormatRegistry::create(format);
        if (!adapter) {
            parsed.fatal = true;
            ctx.fail(0, 0, tr("There is no format called \"%1\".").arg(format));
            return;
        }
        if (!adapter->readsWorkbooks()) {
            parsed.fatal = true;
            ctx.fail(0, 0,
                     tr("The file is a spreadsheet workbook (.xlsx), but the format \"%1\" reads CSV files.")
                         .arg(format));
            return;
        }
    }
    if (progress && !progress(0, parsed.size)) {
        parsed.cancelled = true;
        return;
    }
    auto workbook = XlsxWorkbook::open(parsed.path);
    if (!workbook) {
        // Issues are reported with the file's name already: the reader's own prefix goes.
        QString message = workbook.error().message;
        const QString prefix = parsed.fileName + QLatin1String(": ");
        if (message.startsWith(prefix))
            message.remove(0, prefix.size());
        parsed.fatal = true;
        ctx.fail(0, 0, message);
        return;
    }
    if (!adapter)
        adapter = FormatRegistry::detectWorkbook(workbook.value());
    if (!adapter) {
        parsed.fatal = true;
        ctx.fail(0, 0,
                 tr("The workbook's format was not recognised (sheets: %1). The Workbench reads these "
                    "workbooks: %2.")
                     .arg(workbook->sheetNames().join(QLatin1String(", ")), [] {
                         QStringList names;
                         for (const QString &name : FormatRegistry::names()) {
                             if (FormatRegistry::create(name)->readsWorkbooks())
                                 names.append(name);
                         }
                         return names.join(QLatin1String(", "));
                     }()));
        return;
    }
    describe(parsed, *adapter);
    adapter->readWorkbook(workbook.value(), ctx);
    if (ctx.failed())
        parsed.fatal = true;
}

} // namespace

bool ParsedFile::hasIssues() const
{
    return context && context->issueCount() > 0;
}

ParsedFile ImportParser::parse(const QString &path, const AreaResolver &areas, const QString &format,
                               const Progress &progress)
{
    ParsedFile parsed;
    parsed.path = path;
    parsed.fileName = QFileInfo(path).fileName();
    parsed.context = std::make_unique<ImportContext>(areas, parsed.fileName);
    ImportContext &ctx = *parsed.context;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.fatal = true;
        ctx.fail(0, 0, tr("The file cannot be opened: %1").arg(file.errorString()));
        return parsed;
    }
    parsed.size = file.size();
    ctx.setFileSize(parsed.size);

    if (XlsxWorkbook::looksLikeZip(file.peek(4))) {
        file.close();
        parseWorkbook(parsed, format, progress);
        if (parsed.fatal || parsed.cancelled)
            return parsed;
        if (progress && !progress(parsed.size, parsed.size)) {
            parsed.cancelled = true;
            return parsed;
        }
        const std::atomic<bool> keepGoing{false};
        parsed.sha256 = sha256Of(path, keepGoing);
        return parsed;
    }

    std::atomic<bool> stopHash{false};
    auto hashing = std::async(std::launch::async, [&path, &stopHash] { return sha256Of(path, stopHash); });
    const auto finishHash = [&](bool keep) {
        if (!keep)
            stopHash = true;
        QByteArray sha = hashing.get();
        if (keep)
            parsed.sha256 = sha;
    };

    CsvReader reader(file);
    if (!reader.readHeader()) {
        parsed.fatal = true;
        const ImportIssue issue =
            reader.fatalError().value_or(ImportIssue{1, 0, tr("The header cannot be read.")});
        ctx.fail(issue.line, issue.column, issue.message);
        finishHash(false);
        return parsed;
    }
    std::unique_ptr<FormatAdapter> adapter =
        format.isEmpty() ? FormatRegistry::detect(reader.header()) : FormatRegistry::create(format);
    if (!adapter) {
        parsed.fatal = true;
        if (format.isEmpty()) {
            ctx.fail(1, 0,
                     tr("The format was not recognised from the header (%1). Choose one of: %2.")
                         .arg(reader.header().mid(0, 6).join(QLatin1String(", ")),
                              FormatRegistry::names().join(QLatin1String(", "))));
        } else {
            ctx.fail(1, 0, tr("There is no format called \"%1\".").arg(format));
        }
        finishHash(false);
        return parsed;
    }
    if (adapter->readsWorkbooks()) {
        parsed.fatal = true;
        ctx.fail(0, 0,
                 tr("The format \"%1\" reads spreadsheet workbooks (.xlsx); this file is not one.")
                     .arg(adapter->name()));
        finishHash(false);
        return parsed;
    }
    describe(parsed, *adapter);
    if (!adapter->begin(reader.header(), ctx)) {
        parsed.fatal = true;
        finishHash(false);
        return parsed;
    }

    qint64 nextReport = 0;
    while (reader.next()) {
        ctx.startRecord();
        if (const auto &issue = reader.recordIssue()) {
            ctx.reject(issue->line, issue->column, issue->message);
        } else {
            adapter->record(reader, ctx);
        }
        if (progress && reader.bytesConsumed() >= nextReport) {
            nextReport = reader.bytesConsumed() + std::max<qint64>(1 << 18, parsed.size / 100);
            if (!progress(reader.bytesConsumed(), parsed.size)) {
                parsed.cancelled = true;
                finishHash(false);
                return parsed;
            }
        }
    }
    if (const auto &fatal = reader.fatalError()) {
        parsed.fatal = true;
        ctx.fail(fatal->line, fatal->column, fatal->message);
        finishHash(false);
        return parsed;
    }
    adapter->finish(ctx);
    if (ctx.failed())
        parsed.fatal = true;
    // The last chance to cancel before anything is written.
    if (progress && !progress(parsed.size, parsed.size)) {
        parsed.cancelled = true;
        finishHash(false);
        return parsed;
    }
    finishHash(true);
    return parsed;
}

} // namespace cw
