#include "report/briefingpdf.h"

#include "report/briefingpaint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::BriefingPdf", text);
}

// Our own XMP packet, so that Qt does not put a random document id and the current time in it.
QByteArray xmpMetadata(const Briefing &b, const QString &title)
{
    const QString when = b.cover.generatedAt.toUTC().toString(Qt::ISODate);
    const QByteArray id =
        QCryptographicHash::hash((title + when).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
            "<xmp:CreateDate>%2</xmp:CreateDate>\n<xmp:CreatorTool>Challenge Workbench</xmp:CreatorTool>\n"
            "<xmpMM:DocumentID>uuid:%3</xmpMM:DocumentID>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(title.toHtmlEscaped(), when, QString::fromLatin1(id));
    return xmp.toUtf8();
}

// QPdfWriter stamps the Info dictionary with the current time; put the briefing's time in its
// place, keeping the length so that the cross-reference offsets stay right.
void fixCreationDate(QByteArray &pdf, const QDateTime &at)
{
    static const QRegularExpression date(QStringLiteral(R"(/CreationDate \(D:(\d{14})([^)]*)\))"));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch m = date.match(text);
    if (!m.hasMatch())
        return;
    QString zone = m.captured(2);
    zone = zone.size() == 7 ? QStringLiteral("+00'00'") : zone.size() == 1 ? QStringLiteral("Z") : zone;
    const QByteArray stamp = (at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + zone).toLatin1();
    pdf.replace(m.capturedStart(1), stamp.size(), stamp);
}

} // namespace

Result<QByteArray> renderBriefingPdf(const Briefing &briefing, const BriefingProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("Exporting a PDF needs a graphical application (the offscreen platform will do).")};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString title = briefing.cover.title + QStringLiteral(" — ") + displayName(briefing.edition);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setCreator(QStringLiteral("Challenge Workbench"));
        writer.setTitle(title);
        writer.setDocumentXmpMetadata(xmpMetadata(briefing, title));
        const Result<int> painted = paintBriefing(briefing, writer, progress);
        if (!painted)
            return painted.error();
    }
    QByteArray pdf = buffer.data();
    fixCreationDate(pdf, briefing.cover.generatedAt);
    return pdf;
}

Result<void> writeBriefingPdf(const Briefing &briefing, const QString &path, const BriefingProgress &progress)
{
    auto pdf = renderBriefingPdf(briefing, progress);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error{tr("The PDF could not be written to %1.").arg(path), file.errorString()};
    return {};
}

} // namespace cw
