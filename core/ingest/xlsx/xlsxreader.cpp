#include "ingest/xlsx/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <limits>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::XlsxWorkbook", text);
}

struct ZipCloser
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

// "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"; absolute targets ("/xl/…")
// are taken from the root.
QString resolvePart(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(segment);
    }
    return out.join(u'/');
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

// "AA12" → column 26, row 12. False when it is not a cell reference.
bool parseCellRef(QStringView ref, int &row, int &column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z') {
        col = col * 26 + (ref[i].unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < u'0' || ref[i] > u'9')
            return false;
        r = r * 10 + (ref[i].unicode() - u'0');
        if (r > 1048576)
            return false;
    }
    if (r < 1)
        return false;
    row = int(r);
    column = int(col - 1);
    return true;
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>;
// phonetic runs (<rPh>) are not part of the text.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

} // namespace

const XlsxCell *XlsxRow::cell(int column) const
{
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column,
                                     [](const XlsxCell &c, int col) { return c.column < col; });
    return it != cells.cend() && it->column == column ? &*it : nullptr;
}

const XlsxRow *XlsxSheet::row(int row) const
{
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), row,
                                     [](const XlsxRow &r, int number) { return r.row < number; });
    return it != rows.cend() && it->row == row ? &*it : nullptr;
}

QString XlsxSheet::text(int row, int column) const
{
    const XlsxRow *r = this->row(row);
    const XlsxCell *c = r ? r->cell(column) : nullptr;
    return c ? c->text : QString();
}

QString xlsxColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString xlsxCellName(int row, int column)
{
    return xlsxColumnName(column) + QString::number(row);
}

struct XlsxWorkbook::Impl
{
    QString path;
    QString fileName;
    Limits limits;
    std::unique_ptr<zip_t, ZipCloser> zip;
    mutable qint64 bytesRead = 0;    // uncompressed, each part counted once
    mutable QSet<QString> partsRead; // the parts counted in bytesRead
    QStringList sheetNames;
    QStringList sheetParts;
    QStringList sharedStrings;

    Error error(const QString &message, const QString &detail = {}) const
    {
        return Error(fileName + QLatin1String(": ") + message, detail);
    }

    // The uncompressed bytes of one part, within the limits.
    Result<QByteArray> read(const QString &part) const
    {
        const QByteArray name = part.toUtf8();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(zip.get(), name.constData(), 0, &stat) != 0)
            return error(tr("the workbook has no part %1.").arg(part));
        const qint64 declared = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        const qint64 before = partsRead.contains(part) ? 0 : bytesRead;
        if (declared > limits.maxPartBytes || before + declared > limits.maxTotalBytes) {
            return error(tr("the part %1 would expand to %2 bytes, more than the Workbench reads (a "
                            "damaged or malicious file).")
                             .arg(part)
                             .arg(declared));
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(zip.get(), name.constData(), 0));
        if (!file) {
            return error(
                tr("the part %1 cannot be read: %2").arg(part, QString::fromUtf8(zip_strerror(zip.get()))));
        }
        QByteArray bytes;
        bytes.reserve(qsizetype(declared));
        char chunk[1 << 16];
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), chunk, sizeof chunk);
            if (got < 0) {
                return error(tr("the part %1 is damaged: %2")
                                 .arg(part, QString::fromUtf8(zip_file_strerror(file.get()))));
            }
            if (got == 0)
                break;
            bytes.append(chunk, qsizetype(got));
            if (bytes.size() > limits.maxPartBytes || before + bytes.size() > limits.maxTotalBytes) {
                return error(tr("the part %1 expands beyond what the Workbench reads (more than %2 "
                                "bytes; a damaged or malicious file).")
                                 .arg(part)
                                 .arg(limits.maxPartBytes));
            }
        }
        if (!partsRead.contains(part)) {
            partsRead.insert(part);
            bytesRead += bytes.size();
        }
        return bytes;
    }

    Error xmlError(const QString &part, const QXmlStreamReader &xml) const
    {
        return error(tr("the part %1 is not well-formed XML (line %2, column %3): %4")
                         .arg(part)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString()));
    }

    // Relationship id → target part, for the relationships of `part`.
    Result<QHash<QString, QString>> relationships(const QString &part, const QString &typeSuffix = {},
                                                  QString *typed = nullptr) const
    {
        const QString relsPart = relsOf(part);
        auto bytes = read(relsPart);
        if (!bytes)
            return bytes.error();
        QHash<QString, QString> targets;
        QXmlStreamReader xml(bytes.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const auto attrs = xml.attributes();
                if (attrs.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue;
                const QString target =
                    resolvePart(directoryOf(part), attrs.value(QLatin1String("Target")).toString());
                targets.insert(attrs.value(QLatin1String("Id")).toString(), target);
                if (typed && !typeSuffix.isEmpty() &&
                    attrs.value(QLatin1String("Type")).endsWith(typeSuffix)) {
                    *typed = target;
                }
            }
        }
        if (xml.hasError())
            return xmlError(relsPart, xml);
        return targets;
    }

    Result<void> load()
    {
        // The workbook part, named by the package relationships.
        QString workbookPart;
        if (auto root = relationships(QString(), QStringLiteral("/officeDocument"), &workbookPart); !root)
            return root.error();
        if (workbookPart.isEmpty())
            return error(tr("the package names no workbook part (_rels/.rels has no officeDocument)."));

        QString sharedPart;
        auto rels = relationships(workbookPart, QStringLiteral("/sharedStrings"), &sharedPart);
        if (!rels)
            return rels.error();

        auto bytes = read(workbookPart);
        if (!bytes)
            return bytes.error();
        QXmlStreamReader xml(bytes.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                const auto attrs = xml.attributes();
                const QString name = attrs.value(QLatin1String("name")).toString();
                QString id;
                for (const auto &attr : attrs) {
                    if (attr.name() == QLatin1String("id"))
                        id = attr.value().toString();
                }
                const QString target = rels->value(id);
                if (target.isEmpty()) {
                    return error(tr("the sheet \"%1\" has no part (relationship \"%2\" is missing from %3).")
                                     .arg(name, id, relsOf(workbookPart)));
                }
                sheetNames.append(name);
                sheetParts.append(target);
            }
        }
        if (xml.hasError())
            return xmlError(workbookPart, xml);

        if (!sharedPart.isEmpty()) {
            auto shared = read(sharedPart);
            if (!shared)
                return shared.error();
            QXmlStreamReader sx(shared.value());
            while (!sx.atEnd()) {
                sx.readNext();
                if (sx.isStartElement() && sx.name() == QLatin1String("si"))
                    sharedStrings.append(readStringItem(sx));
            }
            if (sx.hasError())
                return xmlError(sharedPart, sx);
        }
        return {};
    }

    Result<XlsxSheet> readSheet(int index) const
    {
        XlsxSheet sheet;
        sheet.name = sheetNames.at(index);
        const QString &part = sheetParts.at(index);
        auto bytes = read(part);
        if (!bytes)
            return bytes.error();
        const auto cellError = [&](const QString &ref, const QString &message) {
            return error(tr("sheet \"%1\", cell %2: %3").arg(sheet.name.trimmed(), ref, message));
        };

        QXmlStreamReader xml(bytes.value());
        int nextRow = 1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
                continue;
            XlsxRow row;
            const auto rowRef = xml.attributes().value(QLatin1String("r"));
            if (rowRef.isEmpty()) {
                row.row = nextRow;
            } else {
                bool ok = false;
                row.row = rowRef.toInt(&ok);
                if (!ok || row.row < 1 || row.row > 1048576 ||
                    (!sheet.rows.isEmpty() && row.row <= sheet.rows.constLast().row)) {
                    return error(tr("sheet \"%1\": the row number \"%2\" is not valid (line %3 of %4).")
                                     .arg(sheet.name.trimmed(), rowRef.toString())
                                     .arg(xml.lineNumber())
                                     .arg(part));
                }
            }
            nextRow = row.row + 1;
            int nextColumn = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                    break;
                if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                    continue;
                const auto attrs = xml.attributes();
                const QString ref = attrs.value(QLatin1String("r")).toString();
                XlsxCell cell;
                if (ref.isEmpty()) {
                    cell.column = nextColumn;
                } else {
                    int refRow = 0;
                    if (!parseCellRef(ref, refRow, cell.column) || refRow != row.row)
                        return cellError(ref, tr("the cell reference is not valid in row %1.").arg(row.row));
                    if (!row.cells.isEmpty() && cell.column <= row.cells.constLast().column)
                        return cellError(ref, tr("the cell comes after a cell to its right."));
                }
                nextColumn = cell.column + 1;
                const QString where = ref.isEmpty() ? xlsxCellName(row.row, cell.column) : ref;
                const QString type = attrs.value(QLatin1String("t")).toString();
                QString value;
                bool hasValue = false;
                QString inlineText;
                bool hasInline = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == QLatin1String("is")) {
                        inlineText = readStringItem(xml);
                        hasInline = true;
                    } else if (xml.name() == QLatin1String("f")) {
                        xml.skipCurrentElement();
                    }
                }
                if (xml.hasError())
                    break;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int i = value.trimmed().toInt(&ok);
                    if (!hasValue || !ok || i < 0 || i >= sharedStrings.size()) {
                        return cellError(where,
                                         tr("the shared string \"%1\" does not exist (the workbook has "
                                            "%2).")
                                             .arg(value)
                                             .arg(sharedStrings.size()));
                    }
                    cell.type = XlsxCell::Type::String;
                    cell.text = sharedStrings.at(i);
                } else if (type == QLatin1String("inlineStr")) {
                    cell.type = XlsxCell::Type::String;
                    cell.text = hasInline ? inlineText : value;
                } else if (type == QLatin1String("str") || type == QLatin1String("d")) {
                    cell.type = hasValue ? XlsxCell::Type::String : XlsxCell::Type::Empty;
                    cell.text = value;
                } else if (type == QLatin1String("b")) {
                    if (hasValue) {
                        const QString v = value.trimmed();
                        if (v != QLatin1String("0") && v != QLatin1String("1"))
                            return cellError(where, tr("\"%1\" is not a boolean (0 or 1).").arg(value));
                        cell.type = XlsxCell::Type::Boolean;
                        cell.number = v == QLatin1String("1") ? 1 : 0;
                        cell.text =
                            v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    }
                } else if (type == QLatin1String("e")) {
                    cell.type = XlsxCell::Type::Error;
                    cell.text = value;
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    if (hasValue && !value.isEmpty()) {
                        bool ok = false;
                        cell.number = value.trimmed().toDouble(&ok);
                        if (!ok)
                            return cellError(where, tr("\"%1\" is not a number.").arg(value));
                        cell.type = XlsxCell::Type::Number;
                        cell.text = value.trimmed();
                    }
                } else {
                    return cellError(where, tr("the cell type \"%1\" is not known.").arg(type));
                }
                if (cell.type != XlsxCell::Type::Empty)
                    row.cells.append(std::move(cell));
            }
            if (xml.hasError())
                break;
            sheet.rows.append(std::move(row));
        }
        if (xml.hasError()) {
            return error(tr("sheet \"%1\": the part %2 is not well-formed XML (line %3, column %4): %5")
                             .arg(sheet.name.trimmed(), part)
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString()));
        }
        return sheet;
    }
};

bool XlsxWorkbook::looksLikeZip(const QByteArray &firstBytes)
{
    return firstBytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

Result<XlsxWorkbook> XlsxWorkbook::open(const QString &path)
{
    return open(path, Limits{});
}

Result<XlsxWorkbook> XlsxWorkbook::open(const QString &path, const Limits &limits)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->fileName = QFileInfo(path).fileName();
    impl->limits = limits;

    int code = 0;
    const QByteArray native = QFile::encodeName(path);
    zip_t *zip = zip_open(native.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!zip) {
        zip_error_t err;
        zip_error_init_with_code(&err, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return impl->error(tr("the file cannot be opened: %1").arg(reason));
        return impl->error(
            tr("the file is not a readable XLSX workbook (its zip archive is truncated or damaged: %1).")
                .arg(reason));
    }
    impl->zip.reset(zip);

    const zip_int64_t entries = zip_get_num_entries(zip, 0);
    if (entries < 0 || entries > limits.maxEntries) {
        return impl->error(tr("the archive has %1 members, more than the Workbench reads (%2).")
                               .arg(entries)
                               .arg(limits.maxEntries));
    }
    // A zip bomb is refused before anything is expanded: the sizes the archive declares.
    qint64 declared = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
            const qint64 size = stat.size > zip_uint64_t(std::numeric_limits<qint64>::max() / 2)
                                    ? std::numeric_limits<qint64>::max() / 2
                                    : qint64(stat.size);
            declared += size;
            if (size > limits.maxPartBytes || declared > limits.maxTotalBytes) {
                return impl->error(tr("the archive would expand to more than %1 bytes (the member %2 "
                                      "alone to %3): a damaged or malicious file; nothing was read.")
                                       .arg(limits.maxTotalBytes)
                                       .arg(QString::fromUtf8(stat.name ? stat.name : ""))
                                       .arg(size));
            }
        }
    }
    if (auto loaded = impl->load(); !loaded)
        return loaded.error();
    return XlsxWorkbook(std::move(impl));
}

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

XlsxWorkbook::XlsxWorkbook(XlsxWorkbook &&) noexcept = default;
XlsxWorkbook &XlsxWorkbook::operator=(XlsxWorkbook &&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

QString XlsxWorkbook::fileName() const
{
    return d->fileName;
}

QStringList XlsxWorkbook::sheetNames() const
{
    return d->sheetNames;
}

Result<XlsxSheet> XlsxWorkbook::sheet(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < d->sheetNames.size(); ++i) {
        if (d->sheetNames.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return d->readSheet(i);
    }
    QStringList names;
    for (const QString &sheet : d->sheetNames)
        names.append(sheet.trimmed());
    return d->error(
        tr("the workbook has no sheet \"%1\" (it has: %2).").arg(wanted, names.join(QLatin1String(", "))));
}

} // namespace cw
