#include "ingest/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cw {

namespace {

constexpr qsizetype chunkSize = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::CsvReader", text);
}

// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points
// above U+10FFFF included), or -1 when all of it is valid.
qsizetype invalidUtf8At(const unsigned char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

qsizetype scanUnquoted(const char *d, qsizetype i, qsizetype n, char delimiter);
qint64 countLineBreaks(const char *d, qsizetype from, qsizetype to);

} // namespace

CsvReader::CsvReader(QIODevice &device, const Options &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(chunkSize * 2);
}

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Options{})
{}

CsvReader::~CsvReader() = default;

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkSize);
    const qint64 got = m_device.read(m_buffer.data() + old, chunkSize);
    if (got < 0) {
        m_buffer.resize(old);
        m_eof = true;
        m_fatal = ImportIssue{m_line, 0, tr("The file could not be read: %1").arg(m_device.errorString())};
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

std::string_view CsvReader::bytes(int i) const
{
    if (i < 0 || i >= size())
        return {};
    const Field &field = m_fields[size_t(i)];
    return std::string_view(field.data, field.size);
}

QString CsvReader::text(int i) const
{
    const std::string_view b = bytes(i);
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}

void CsvReader::setRecordIssue(int column, const QString &message)
{
    if (!m_recordIssue)
        m_recordIssue = ImportIssue{m_recordLine, column, message};
}

bool CsvReader::readHeader()
{
    // Byte order mark, then the delimiter from the first line.
    while (m_buffer.size() - m_pos < 4 && fill()) {
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
        m_consumed = 3;
    }
    if (m_options.delimiter != 0) {
        m_delimiter = m_options.delimiter;
    } else {
        while (m_buffer.indexOf('\n', m_pos) < 0 && m_buffer.size() - m_pos < m_options.maxRecordBytes &&
               fill()) {
        }
        qsizetype end = m_buffer.indexOf('\n', m_pos);
        if (end < 0)
            end = m_buffer.size();
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (qsizetype i = m_pos; i < end; ++i) {
            const char c = m_buffer.at(i);
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == ';')
                ++semicolons;
        }
        m_delimiter = semicolons > commas ? ';' : ',';
    }
    const bool saved = m_options.requireHeaderFieldCount;
    m_options.requireHeaderFieldCount = false;
    const bool ok = next();
    m_options.requireHeaderFieldCount = saved;
    if (!ok) {
        if (!m_fatal)
            m_fatal = ImportIssue{1, 0, tr("The file is empty: it has no header line.")};
        return false;
    }
    if (m_recordIssue) {
        m_fatal = m_recordIssue;
        return false;
    }
    m_header.clear();
    for (int i = 0; i < size(); ++i)
        m_header.append(text(i).trimmed());
    return true;
}

bool CsvReader::next()
{
    m_recordIssue.reset();
    if (m_fatal)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        // Skip blank lines between records.
        const char c = m_buffer.at(m_pos);
        if (c == '\n' || (c == '\r' && m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '\n')) {
            const qsizetype step = c == '\n' ? 1 : 2;
            m_pos += step;
            m_consumed += step;
            ++m_line;
            continue;
        }
        if (c == '\r' && m_pos + 1 >= m_buffer.size() && !m_eof) {
            fill();
            continue;
        }
        break;
    }
    return parseRecord();
}

namespace {

// Position of the first delimiter or line break at or after i (n when there is none).
// SSE2 compares sixteen bytes at a time: most fields are short runs of plain text.
qsizetype scanUnquoted(const char *d, qsizetype i, qsizetype n, char delimiter)
{
#if defined(__SSE2__)
    const __m128i vd = _mm_set1_epi8(delimiter);
    const __m128i vn = _mm_set1_epi8('\n');
    const __m128i vr = _mm_set1_epi8('\r');
    while (i + 16 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, vd), _mm_cmpeq_epi8(x, vn)), _mm_cmpeq_epi8(x, vr));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return i + __builtin_ctz(unsigned(mask));
        i += 16;
    }
#endif
    while (i < n && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
        ++i;
    return i;
}

qint64 countLineBreaks(const char *d, qsizetype from, qsizetype to)
{
    qint64 lines = 0;
    const char *p = d + from;
    const char *end = d + to;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        ++lines;
        ++p;
    }
    return lines;
}

} // namespace

// Parses one record starting at m_pos. Unquoted fields and quoted fields without doubled
// quotes point straight into the read buffer; only fields with "" are copied (unescaped) into
// m_record. When the record runs past the buffered bytes, more are read and parsing restarts
// from the record's start (rare: about once per chunk).
bool CsvReader::parseRecord()
{
    enum class Step { Complete, NeedMore, Fatal };
    for (;;) {
        m_record.clear();
        m_fields.clear();
        const char *data = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        const char delimiter = m_delimiter;
        qsizetype i = m_pos;
        qint64 lines = 0;
        int issueColumn = 0;
        QString issue;
        Step step = Step::NeedMore;
        for (;;) { // one field per turn
            const size_t raw = size_t(i - m_pos);
            if (i >= n) {
                if (m_eof) {
                    m_fields.push_back({data + i, 0, raw, false});
                    step = Step::Complete;
                }
                break;
            }
            if (data[i] == '"') {
                qsizetype j = i + 1;
                qsizetype segment = j;
                bool escaped = false;
                bool closed = false;
                size_t scratch = m_record.size();
                while (j < n) {
                    const char *q = static_cast<const char *>(std::memchr(data + j, '"', size_t(n - j)));
                    if (!q)
                        break;
                    const qsizetype at = q - data;
                    if (at + 1 < n && data[at + 1] == '"') {
                        if (!escaped)
                            scratch = m_record.size();
                        escaped = true;
                        m_record.append(data + segment, size_t(at + 1 - segment)); // keeps one quote
                        j = at + 2;
                        segment = j;
                        continue;
                    }
                    if (at + 1 >= n && !m_eof)
                        break; // cannot tell "" from a closing quote yet
                    lines += countLineBreaks(data, i, at);
                    if (escaped) {
                        m_record.append(data + segment, size_t(at - segment));
                        m_fields.push_back({nullptr, m_record.size() - scratch, raw, true, scratch});
                    } else {
                        m_fields.push_back({data + i + 1, size_t(at - i - 1), raw, false});
                    }
                    i = at + 1;
                    closed = true;
                    break;
                }
                if (!closed) {
                    if (m_eof) {
                        m_fatal = ImportIssue{m_line, int(m_fields.size()) + 1,
                                              tr("A quoted field is not closed before the end of the file "
                                                 "(the file may be truncated).")};
                        step = Step::Fatal;
                    }
                    break;
                }
                if (i < n && data[i] != delimiter && data[i] != '\n' && data[i] != '\r') {
                    if (issue.isEmpty()) {
                        issueColumn = int(m_fields.size());
                        issue = tr("Unexpected text after a closing quote.");
                    }
                    i = scanUnquoted(data, i, n, delimiter);
                }
            } else {
                const qsizetype j = scanUnquoted(data, i, n, delimiter);
                m_fields.push_back({data + i, size_t(j - i), raw, false});
                i = j;
            }
            if (i >= n) {
                if (m_eof)
                    step = Step::Complete;
                break;
            }
            const char c = data[i];
            if (c == delimiter) {
                ++i;
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= n && !m_eof)
                    break;
                i += (i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
            } else {
                ++i; // '\n'
            }
            ++lines;
            step = Step::Complete;
            break;
        }
        if (step == Step::Fatal)
            return false;
        const qsizetype length = i - m_pos;
        if (length > m_options.maxRecordBytes ||
            (step == Step::NeedMore && n - m_pos >= m_options.maxRecordBytes)) {
            m_fatal =
                ImportIssue{m_line, 0,
                            tr("A record is longer than %1 bytes; this is not a file the Workbench can read.")
                                .arg(m_options.maxRecordBytes)};
            return false;
        }
        if (step == Step::NeedMore) {
            if (!fill() && !m_eof)
                return false;
            if (m_fatal)
                return false;
            continue; // parse the record again with more data
        }
        for (Field &field : m_fields) {
            if (field.copied)
                field.data = m_record.data() + field.offset;
        }
        m_recordStart = data + m_pos;
        m_recordSize = size_t(length);
        m_recordLine = m_line;
        m_consumed += length;
        m_pos = i;
        m_line += lines;
        if (!issue.isEmpty())
            setRecordIssue(issueColumn, issue);
        validateRecord();
        return true;
    }
}

void CsvReader::validateRecord()
{
    // Problems are checked on the raw bytes of the record and located by field.
    const auto fieldOf = [this](size_t rawOffset) {
        int column = 1;
        for (size_t f = 0; f < m_fields.size(); ++f) {
            if (m_fields[f].raw <= rawOffset)
                column = int(f) + 1;
        }
        return column;
    };
    if (const void *nul = std::memchr(m_recordStart, 0, m_recordSize)) {
        const size_t offset = size_t(static_cast<const char *>(nul) - m_recordStart);
        setRecordIssue(fieldOf(offset),
                       tr("The record contains a NUL byte (the file may be binary or UTF-16)."));
    }
    const qsizetype bad =
        invalidUtf8At(reinterpret_cast<const unsigned char *>(m_recordStart), qsizetype(m_recordSize));
    if (bad >= 0) {
        setRecordIssue(
            fieldOf(size_t(bad)),
            tr("The text is not valid UTF-8 (byte 0x%1); save the file as UTF-8.")
                .arg(uint(static_cast<unsigned char>(m_recordStart[bad])), 2, 16, QLatin1Char('0')));
    }
    if (m_options.requireHeaderFieldCount && !m_header.isEmpty() && size() != m_header.size()) {
        setRecordIssue(std::min(size(), int(m_header.size())) + 1,
                       tr("Expected %1 fields as in the header, found %2.").arg(m_header.size()).arg(size()));
    }
}

} // namespace cw
