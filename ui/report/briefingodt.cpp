#include "report/briefingodt.h"

#include "models/measureformat.h"
#include "models/statusstyle.h"
#include "report/briefingwords.h"
#include "report/chartpainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

#include <memory>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::BriefingPdf", text);
}

class Writer
{
public:
    explicit Writer(QTextDocument *doc)
        : m_doc(doc)
        , m_cursor(doc)
    {}

    void heading(const QString &text, int level)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 18 : 10);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 16 : 12);
        chars.setForeground(QColor(0x1f, 0x3a, 0x68));
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    void paragraph(const QString &text, bool bold = false, int indent = 0)
    {
        QTextBlockFormat block;
        block.setIndent(indent);
        QTextCharFormat chars;
        chars.setFontPointSize(10);
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    // The protective marking, centred and bold, as it stands at the top and bottom of a page.
    void marking(const QString &text, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars;
        chars.setFontPointSize(10);
        chars.setFontWeight(QFont::Bold);
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    // A new page. ODF written by QTextDocumentWriter has no running headers or footers, so the
    // marking closes the page and opens the next one: every page that starts a part or a
    // measure carries it (pages a word processor adds when text flows over do not).
    void pageBreak(const QString &markingText)
    {
        marking(markingText);
        marking(markingText, true);
    }

    void table(const QStringList &headers, const QList<QStringList> &rows)
    {
        QTextTableFormat format;
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        bold.setFontPointSize(9);
        QTextCharFormat plain;
        plain.setFontPointSize(9);
        for (int c = 0; c < headers.size(); ++c)
            t->cellAt(0, c).firstCursorPosition().insertText(headers.at(c), bold);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < headers.size(); ++c)
                t->cellAt(r + 1, c).firstCursorPosition().insertText(rows.at(r).value(c), plain);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(const BriefingMeasure &m, int index)
    {
        // A picture for the word processor (the PDF draws the same chart as vectors).
        QImage image(1000, 380, QImage::Format_RGB32);
        image.setDotsPerMeterX(5906); // 150 dpi
        image.setDotsPerMeterY(5906);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(2.0, 2.0);
            paintMeasureChart(painter, QRectF(0, 0, 500, 190), m);
        }
        const QUrl name(QStringLiteral("chart%1.png").arg(index));
        m_doc->addResource(QTextDocument::ImageResource, name, image);
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(460);
        format.setHeight(175);
        m_cursor.insertBlock();
        m_cursor.insertImage(format);
    }

private:
    QTextDocument *m_doc;
    QTextCursor m_cursor;
};

} // namespace

QTextDocument *briefingDocument(const Briefing &b)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    Writer w(doc.get());
    const BriefingCover &c = b.cover;

    w.marking(b.marking());
    w.heading(c.title, 1);
    w.paragraph(c.meetingTitle);
    w.paragraph(londonTime(c.meetingStartsAt));
    if (!c.location.isEmpty())
        w.paragraph(c.location);
    w.paragraph(displayName(b.edition), true);
    QString status = tr("Pack version %1 · %2").arg(c.packVersion).arg(displayName(c.packStatus));
    if (c.packStatus == PackStatus::Approved)
        status += tr(" by %1 on %2").arg(c.approvedBy, briefingDate(c.approvedAt));
    w.paragraph(status);
    w.paragraph(tr("Data as of: %1").arg(c.dataAsOf));

    const QList<BriefingPart> parts = briefingParts(b);
    w.heading(tr("Contents"), 1);
    for (BriefingPart part : parts)
        w.paragraph(displayName(part));

    for (BriefingPart part : parts) {
        w.pageBreak(b.marking());
        w.heading(displayName(part), 1);
        switch (part) {
        case BriefingPart::StatusSummary: {
            QList<QStringList> rows;
            for (const StatusSummaryRow &r : b.summary) {
                rows.append({r.title, r.areaName,
                             MeasureFormat::value(r.latestValue, r.unit) + QLatin1Char(' ') +
                                 MeasureFormat::shortPeriod(r.latestPeriod),
                             MeasureFormat::value(r.baselineValue, r.unit),
                             MeasureFormat::value(r.targetValue, r.unit), StatusStyle::text(r.status),
                             changeFlagWords(r.changeFlag), comparatorWords(r.comparatorFlag)});
            }
            w.table({tr("Measure"), tr("Area"), tr("Latest"), tr("Baseline"), tr("Target"), tr("Status"),
                     tr("Change"), tr("Comparators")},
                    rows);
            break;
        }
        case BriefingPart::Measures:
            // As in the PDF: each measure on a page of its own, with the same parts.
            for (qsizetype i = 0; i < b.measures.size(); ++i) {
                const BriefingMeasure &m = b.measures.at(i);
                if (i > 0)
                    w.pageBreak(b.marking());
                w.heading(m.title, 2);
                QStringList areas;
                for (const BriefingChartSeries &series : m.series)
                    areas.append(series.areaName);
                w.paragraph(
                    tr("%1 (%2) · %3").arg(m.measureTitle, m.measureCode, areas.join(QStringLiteral(", "))));
                if (m.chart != ChartKind::Table)
                    w.chart(m, int(i));
                w.paragraph(tr("Key facts"), true);
                for (const KeyFact &f : m.keyFacts)
                    w.paragraph(QStringLiteral("• ") + f.text);
                if (m.hasBoroughTable() || m.chart == ChartKind::Table) {
                    QList<QStringList> rows;
                    for (const KeyFact &f : m.keyFacts)
                        rows.append({f.areaName, MeasureFormat::value(f.latestValue, m.unit),
                                     MeasureFormat::value(f.current, m.unit),
                                     MeasureFormat::value(f.previous, m.unit), keyFactChange(f),
                                     changeFlagWords(f.flag)});
                    w.table(
                        {tr("Area"), tr("Latest"), tr("Current"), tr("Previous"), tr("Change"), tr("Flag")},
                        rows);
                }
                if (!m.linkedEnquiries.isEmpty())
                    w.paragraph(tr("Lines of enquiry"), true);
                for (const BriefingEnquiry &e : m.linkedEnquiries)
                    w.paragraph(QStringLiteral("%1. %2").arg(e.number).arg(e.question));
                if (!m.commentary.isEmpty())
                    w.paragraph(tr("Commentary"), true);
                for (const BriefingThread &t : m.commentary) {
                    w.paragraph(QStringLiteral("%1 — %2, %3")
                                    .arg(t.root.text, t.root.author, briefingDate(t.root.createdAt)));
                    for (const BriefingComment &r : t.replies)
                        w.paragraph(
                            QStringLiteral("%1 — %2, %3").arg(r.text, r.author, briefingDate(r.createdAt)),
                            false, 1);
                }
            }
            break;
        case BriefingPart::Narrative:
            for (const BriefingNarrative &n : b.narratives) {
                w.heading(n.title, 2);
                QTextDocument body;
                body.setHtml(n.html);
                w.paragraph(body.toPlainText());
            }
            break;
        case BriefingPart::LinesOfEnquiry:
            for (const BriefingEnquiry &e : b.enquiries)
                w.paragraph(QStringLiteral("%1. %2").arg(e.number).arg(e.question));
            break;
        case BriefingPart::ActionLog: {
            QList<QStringList> rows;
            for (const CarriedForwardAction &a : b.actionLog.actions) {
                rows.append({a.reference, a.title, a.owner, briefingDate(a.dueDate),
                             (a.overdue ? tr("Overdue: ") : QString()) + displayName(a.status),
                             a.latestUpdate});
            }
            w.table({tr("Reference"), tr("Action"), tr("MPS owner"), tr("Due"), tr("Status"),
                     tr("Latest update")},
                    rows);
            break;
        }
        case BriefingPart::Annotations:
            for (const BriefingThread &t : b.annotations) {
                w.paragraph(tr("On %1").arg(t.about), true);
                w.paragraph(QStringLiteral("%1 — %2, %3")
                                .arg(t.root.text, t.root.author, briefingDate(t.root.createdAt)));
                for (const BriefingComment &r : t.replies)
                    w.paragraph(
                        QStringLiteral("%1 — %2, %3").arg(r.text, r.author, briefingDate(r.createdAt)), false,
                        1);
            }
            break;
        case BriefingPart::Appendix:
            for (const BriefingDefinition &d : b.appendix) {
                w.heading(QStringLiteral("%1 (%2)").arg(d.title, d.measureCode), 2);
                w.paragraph(d.definition);
                w.paragraph(tr("Source: %1").arg(d.source));
                for (const QString &a : d.attributions)
                    w.paragraph(tr("Data: %1").arg(a));
                for (const SeriesBreak &br : d.breaks)
                    w.paragraph(
                        tr("Series break from %1: %2").arg(MeasureFormat::shortPeriod(br.period), br.note));
            }
            break;
        }
    }
    w.marking(b.marking());
    return doc.release();
}

Result<void> writeBriefingOdt(const Briefing &briefing, const QString &path, const BriefingProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{
            tr("Exporting a document needs a graphical application (the offscreen platform will do).")};
    const auto cancelled = [&](int done) { return progress && !progress(done, 2); };
    const std::unique_ptr<QTextDocument> doc(briefingDocument(briefing));
    if (cancelled(1))
        return Error{tr("The export was cancelled.")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return Error{tr("The document could not be written to %1.").arg(path)};
    if (cancelled(2))
        return Error{tr("The export was cancelled.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit())
        return Error{tr("The document could not be written to %1.").arg(path), file.errorString()};
    return {};
}

} // namespace cw
