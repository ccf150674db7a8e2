#include "report/plaintext.h"

#include <QRegularExpression>

namespace cw {

QString htmlToPlainText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.trimmed();
    QString text = html;
    // Qt's own HTML has a <head> with a style sheet: drop it.
    static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(head);
    static const QRegularExpression item(QStringLiteral("<li[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.replace(item, QStringLiteral("\n\u2022 "));
    static const QRegularExpression blockEnd(QStringLiteral("</(p|h[1-6]|li|ul|ol|div)>|<br\\s*/?>"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.replace(blockEnd, QStringLiteral("\n"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(tag);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    static const QRegularExpression blankLines(QStringLiteral("\n[ \t]*\n+"));
    text.replace(blankLines, QStringLiteral("\n"));
    return text.trimmed();
}

} // namespace cw
