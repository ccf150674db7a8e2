#include "ingest/arearesolver.h"

#include <utility>

#include <QSet>

namespace cw {

namespace {

// Punctuation that publishers use, or leave out, between the words of a name. Typographic
// apostrophes and dashes count too: they arrive from spreadsheets and PDFs.
bool isWordSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u',':
    case u'.':
    case u'\'':
    case u'\u2018': // left single quotation mark
    case u'\u2019': // right single quotation mark (typographic apostrophe)
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
        return true;
    default:
        return false;
    }
}

// Codes are matched exactly apart from case and surrounding space.
QString codeKey(const QString &code)
{
    return code.trimmed().toCaseFolded();
}

} // namespace

// Names are indexed before aliases so that an area's own name always wins over another area's
// alias. A key that would lead to two different areas is dropped altogether: resolving it
// would be a guess.
AreaResolver::AreaResolver(const QList<Area> &areas)
    : m_areas(areas)
{
    QSet<QString> ambiguous;
    QSet<QString> nameKeys;

    const auto add = [&](const QString &key, qsizetype index) {
        if (key.isEmpty())
            return;
        const auto it = m_byName.constFind(key);
        if (it == m_byName.constEnd())
            m_byName.insert(key, index);
        else if (it.value() != index)
            ambiguous.insert(key);
    };

    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        const Area &area = m_areas.at(i);
        const QString code = codeKey(area.code);
        if (!code.isEmpty() && !m_byCode.contains(code))
            m_byCode.insert(code, i);
        const QString key = normalise(area.name);
        add(key, i);
        nameKeys.insert(key);
    }
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        for (const QString &alias : m_areas.at(i).aliases) {
            const QString key = normalise(alias);
            if (!nameKeys.contains(key))
                add(key, i);
        }
    }
    for (const QString &key : std::as_const(ambiguous))
        m_byName.remove(key);
}

std::optional<QString> AreaResolver::resolve(const QString &text) const
{
    if (const Area *area = find(text))
        return area->code;
    return std::nullopt;
}

// The returned pointer is into this resolver's own copy of the areas; it lives as long as the
// resolver. nullptr when the text names no known area.
const Area *AreaResolver::find(const QString &text) const
{
    const QString code = codeKey(text);
    if (code.isEmpty())
        return nullptr;
    if (const auto it = m_byCode.constFind(code); it != m_byCode.constEnd())
        return &m_areas.at(it.value());
    if (const auto it = m_byName.constFind(normalise(text)); it != m_byName.constEnd())
        return &m_areas.at(it.value());
    return nullptr;
}

QString AreaResolver::normalise(const QString &name)
{
    QString result;
    result.reserve(name.size() + 8);
    for (const QChar c : name) {
        if (c == u'&')
            result += QLatin1String(" and ");
        else if (isWordSeparator(c))
            result += u' ';
        else
            result += c;
    }
    return result.toLower().simplified();
}

} // namespace cw
