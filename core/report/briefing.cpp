#include "report/briefing.h"

#include <QCoreApplication>

namespace cw {

QList<BriefingPart> briefingParts(const Briefing &briefing)
{
    QList<BriefingPart> parts;
    if (!briefing.summary.isEmpty())
        parts.append(BriefingPart::StatusSummary);
    if (!briefing.measures.isEmpty())
        parts.append(BriefingPart::Measures);
    if (!briefing.narratives.isEmpty())
        parts.append(BriefingPart::Narrative);
    if (!briefing.enquiries.isEmpty())
        parts.append(BriefingPart::LinesOfEnquiry);
    if (briefing.actionLog.present)
        parts.append(BriefingPart::ActionLog);
    if (briefing.edition == Edition::Internal && !briefing.annotations.isEmpty())
        parts.append(BriefingPart::Annotations);
    if (!briefing.appendix.isEmpty())
        parts.append(BriefingPart::Appendix);
    return parts;
}

QString displayName(BriefingPart part)
{
    const char *text = "";
    switch (part) {
    case BriefingPart::StatusSummary:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Status summary");
        break;
    case BriefingPart::Measures:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Measures");
        break;
    case BriefingPart::Narrative:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Narrative");
        break;
    case BriefingPart::LinesOfEnquiry:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Key lines of enquiry");
        break;
    case BriefingPart::ActionLog:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Action log");
        break;
    case BriefingPart::Annotations:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Annotations");
        break;
    case BriefingPart::Appendix:
        text = QT_TRANSLATE_NOOP("cw::Briefing", "Sources and definitions");
        break;
    }
    return QCoreApplication::translate("cw::Briefing", text);
}

} // namespace cw
