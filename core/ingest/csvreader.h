#pragma once

#include "ingest/importissue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

class QIODevice;

namespace cw {

// Streaming reader for delimited text, used by every importer. RFC 4180 quoting (embedded
// delimiters, doubled quotes, line breaks inside quotes), CRLF or LF, UTF-8 with or without
// BOM, `,` or `;` detected from the header line unless given. Memory stays constant whatever
// the file size: it holds one read buffer and the current record.
//
// Problems are reported with line and field number:
//  - fatal (reading stops, fatalError() is set): unterminated quote at end of file, a record
//    longer than maxRecordBytes, a read error;
//  - per record (recordIssue() is set for that record, reading goes on): invalid UTF-8, a NUL
//    byte, a field count different from the header's, text after a closing quote.
class CsvReader
{
public:
    struct Options
    {
        char delimiter = 0;              // 0: detect from the first line (`;` if it has more `;` than `,`)
        qint64 maxRecordBytes = 1 << 20; // a "line over a sane limit"
        bool requireHeaderFieldCount = true; // records must have as many fields as the header
    };

    CsvReader(QIODevice &device, const Options &options);
    explicit CsvReader(QIODevice &device);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the header record. False (with fatalError()) when the file is empty or unreadable.
    bool readHeader();
    QStringList header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }

    // Reads the next record; false at the end of the file or on a fatal error.
    bool next();

    qint64 line() const { return m_recordLine; } // where the current record starts (1-based)
    int size() const { return int(m_fields.size()); }
    // The raw bytes of field i (UTF-8, quotes removed, "" unescaped). Valid until next().
    std::string_view bytes(int i) const;
    QString text(int i) const; // decoded; empty when i is out of range
    bool isEmpty(int i) const { return i >= size() || bytes(i).empty(); }

    const std::optional<ImportIssue> &recordIssue() const { return m_recordIssue; }
    const std::optional<ImportIssue> &fatalError() const { return m_fatal; }
    qint64 bytesConsumed() const { return m_consumed; } // for progress

private:
    bool fill();
    bool parseRecord();
    void setRecordIssue(int column, const QString &message);
    void validateRecord();

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    bool m_bom = false;
    QStringList m_header;
    std::string m_record; // unescaped copies of the fields that had doubled quotes
    struct Field
    {
        const char *data; // into the read buffer, or into m_record when copied
        size_t size;
        size_t raw; // offset of the field's first raw byte within the record
        bool copied;
        size_t offset = 0; // into m_record when copied
    };
    std::vector<Field> m_fields;
    const char *m_recordStart = nullptr; // raw bytes of the current record (in the buffer)
    size_t m_recordSize = 0;
    std::optional<ImportIssue> m_recordIssue;
    std::optional<ImportIssue> m_fatal;
};

} // namespace cw
