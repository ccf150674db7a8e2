// The XLSX reader: workbooks written by libxlsxwriter and by hand (parts zipped with libzip),
// and damaged files that must be refused with a message naming the file and the part.
#include "ingest/xlsx/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace cw;
using namespace Qt::StringLiterals;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void columnNames();
    void libxlsxwriterCells();
    void inlineStringsFromConstantMemoryMode();
    void handWrittenCellTypes();
    void notAZip();
    void truncatedFile();
    void missingParts();
    void malformedXml();
    void badCellReference();
    void zipBombIsRefused();
    void missingSheet();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A zip with these members (name → bytes), stored deflated.
    QString writeZip(const QString &name, const QList<std::pair<QString, QByteArray>> &members);
    // The minimal parts of a workbook with one sheet "Data" holding `sheetXml`.
    QList<std::pair<QString, QByteArray>> workbookParts(const QByteArray &sheetXml,
                                                        const QByteArray &sharedStrings = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QByteArray> m_keep; // libzip reads the members' bytes when the archive is closed
};

void TestXlsxReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestXlsxReader::writeZip(const QString &name, const QList<std::pair<QString, QByteArray>> &members)
{
    const QString file = path(name);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(file).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    for (const auto &[member, bytes] : members) {
        // libzip reads the buffer when the archive is closed: keep the bytes alive until then.
        m_keep.append(bytes);
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        zip_file_add(zip, member.toUtf8().constData(), source, ZIP_FL_OVERWRITE);
    }
    zip_close(zip);
    m_keep.clear();
    return file;
}

QList<std::pair<QString, QByteArray>> TestXlsxReader::workbookParts(const QByteArray &sheetXml,
                                                                    const QByteArray &sharedStrings)
{
    QList<std::pair<QString, QByteArray>> parts{
        {u"_rels/.rels"_s,
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
         R"(</Relationships>)"},
        {u"xl/workbook.xml"_s,
         R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
         R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
         R"(<sheets><sheet name="Data " sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {u"xl/_rels/workbook.xml.rels"_s,
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)"
         R"(</Relationships>)"},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml},
    };
    parts.append(
        {u"xl/sharedStrings.xml"_s,
         sharedStrings.isEmpty()
             ? QByteArray(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>)")
             : sharedStrings});
    return parts;
}

void TestXlsxReader::columnNames()
{
    QCOMPARE(xlsxColumnName(0), u"A"_s);
    QCOMPARE(xlsxColumnName(25), u"Z"_s);
    QCOMPARE(xlsxColumnName(26), u"AA"_s);
    QCOMPARE(xlsxColumnName(701), u"ZZ"_s); // 26 + 26 × 26 − 1
    QCOMPARE(xlsxColumnName(702), u"AAA"_s);
    QCOMPARE(xlsxCellName(44, 11), u"L44"_s);
}

void TestXlsxReader::libxlsxwriterCells()
{
    const QString file = path(u"written.xlsx"_s);
    lxw_workbook *book = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "Notes");
    worksheet_write_string(notes, 0, 0, "About", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Table P1 ");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, "Title, year ending September 2019", nullptr);
    worksheet_write_number(sheet, 2, 1, 37879, nullptr);   // B3
    worksheet_write_number(sheet, 2, 27, -0.125, nullptr); // AB3
    worksheet_write_boolean(sheet, 3, 0, 1, nullptr);      // A4
    worksheet_write_formula_num(sheet, 3, 2, "=B3*2", nullptr, 75758);
    worksheet_write_string(sheet, 4, 0, "Robbery", nullptr); // a second use of a shared string
    worksheet_write_string(sheet, 5, 0, "Robbery", nullptr);
    lxw_rich_string_tuple first = {bold, const_cast<char *>("Violence ")};
    lxw_rich_string_tuple second = {nullptr, const_cast<char *>("with injury")};
    lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
    worksheet_write_rich_string(sheet, 6, 3, rich, nullptr); // D7
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

    auto workbook = XlsxWorkbook::open(file);
    QVERIFY2(workbook.ok(), workbook.ok() ? "" : qPrintable(workbook.error().message));
    QCOMPARE(workbook->sheetNames(), (QStringList{u"Notes"_s, u"Table P1 "_s}));
    auto data = workbook->sheet(u"table p1"_s); // ignoring case and trailing spaces
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    QCOMPARE(data->name, u"Table P1 "_s);
    QCOMPARE(data->text(1, 0), u"Title, year ending September 2019"_s);
    const XlsxRow *row3 = data->row(3);
    QVERIFY(row3);
    QCOMPARE(row3->cells.size(), 2); // B3 and AB3: the empty cells between are not stored
    QCOMPARE(row3->cells.at(0).column, 1);
    QCOMPARE(row3->cells.at(0).type, XlsxCell::Type::Number);
    QCOMPARE(row3->cells.at(0).number, 37879.0);
    QCOMPARE(row3->cells.at(1).column, 27);
    QCOMPARE(row3->cell(27)->number, -0.125);
    QVERIFY(!row3->cell(2));
    QCOMPARE(data->row(4)->cell(0)->type, XlsxCell::Type::Boolean);
    QCOMPARE(data->row(4)->cell(0)->number, 1.0);
    QCOMPARE(data->row(4)->cell(2)->number, 75758.0); // the formula's saved result
    QCOMPARE(data->text(5, 0), u"Robbery"_s);
    QCOMPARE(data->text(6, 0), u"Robbery"_s);
    QCOMPARE(data->text(7, 3), u"Violence with injury"_s); // rich runs joined
    QVERIFY(!data->row(2));                                // rows the file does not store
    QCOMPARE(data->text(99, 0), QString());
}

void TestXlsxReader::inlineStringsFromConstantMemoryMode()
{
    // libxlsxwriter's constant-memory mode writes strings inline (<c t="inlineStr"><is><t>…).
    const QString file = path(u"inline.xlsx"_s);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Inline");
    worksheet_write_string(sheet, 0, 0, "Area Code", nullptr);
    worksheet_write_string(sheet, 0, 1, "  spaced & <escaped>  ", nullptr);
    worksheet_write_number(sheet, 1, 1, 12.5, nullptr);
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

    auto workbook = XlsxWorkbook::open(file);
    QVERIFY2(workbook.ok(), workbook.ok() ? "" : qPrintable(workbook.error().message));
    auto sheetRead = workbook->sheet(u"Inline"_s);
    QVERIFY(sheetRead.ok());
    QCOMPARE(sheetRead->text(1, 0), u"Area Code"_s);
    QCOMPARE(sheetRead->text(1, 1), u"  spaced & <escaped>  "_s);
    QCOMPARE(sheetRead->row(2)->cell(1)->number, 12.5);
}

void TestXlsxReader::handWrittenCellTypes()
{
    // Error cells, inline strings, str formula results, cells and rows without references,
    // a rich shared string with a phonetic run (not part of the text), an empty <c/>.
    const QByteArray shared =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">)"
        R"(<si><t>ENGLAND AND WALES6,7</t></si>)"
        R"(<si><r><rPr><b/></rPr><t xml:space="preserve">Theft </t></r><r><t>offences</t></r>)"
        R"(<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si></sst>)";
    const QByteArray sheet =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"/></row>)"
        R"(<row><c t="s"><v>1</v></c><c t="inlineStr"><is><t>..</t></is></c><c t="str"><f>A1</f><v>x</v></c></row>)"
        R"(<row r="7"><c r="B7" t="b"><v>0</v></c><c r="C7"><v>1.2239423899339165E-2</v></c></row>)"
        R"(</sheetData></worksheet>)";
    const QString file = writeZip(u"hand.xlsx"_s, workbookParts(sheet, shared));
    auto workbook = XlsxWorkbook::open(file);
    QVERIFY2(workbook.ok(), workbook.ok() ? "" : qPrintable(workbook.error().message));
    auto data = workbook->sheet(u"Data"_s);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    QCOMPARE(data->rows.size(), 3);
    QCOMPARE(data->text(2, 0), u"ENGLAND AND WALES6,7"_s);
    QCOMPARE(data->row(2)->cell(2)->type, XlsxCell::Type::Error);
    QCOMPARE(data->text(2, 2), u"#N/A"_s);
    QVERIFY(!data->row(2)->cell(3)); // <c r="D2"/> holds nothing
    // The row without r follows row 2; its cells without r follow each other from A.
    QCOMPARE(data->text(3, 0), u"Theft offences"_s);
    QCOMPARE(data->text(3, 1), u".."_s);
    QCOMPARE(data->row(3)->cell(2)->type, XlsxCell::Type::String);
    QCOMPARE(data->text(3, 2), u"x"_s);
    QCOMPARE(data->row(7)->cell(1)->type, XlsxCell::Type::Boolean);
    QCOMPARE(data->row(7)->cell(1)->number, 0.0);
    QCOMPARE(data->row(7)->cell(2)->number, 1.2239423899339165E-2);
}

void TestXlsxReader::notAZip()
{
    // Starts like a zip, but is not one.
    const QString file = path(u"corrupt.xlsx"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray("PK\x03\x04", 4) + QByteArray(2000, 'x'));
    out.close();
    QVERIFY(XlsxWorkbook::looksLikeZip(QByteArray("PK\x03\x04", 4)));
    auto workbook = XlsxWorkbook::open(file);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().message.startsWith(u"corrupt.xlsx: the file is not a readable XLSX workbook"_s),
             qPrintable(workbook.error().message));
}

void TestXlsxReader::truncatedFile()
{
    // A real workbook cut in half: the zip's central directory (at the end) is gone.
    const QString whole = path(u"whole.xlsx"_s);
    lxw_workbook *book = workbook_new(QFile::encodeName(whole).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Data");
    for (int r = 0; r < 200; ++r)
        worksheet_write_number(sheet, lxw_row_t(r), 0, r, nullptr);
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));
    QFile in(whole);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = path(u"truncated.xlsx"_s);
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    auto workbook = XlsxWorkbook::open(cut);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().message.contains(u"truncated.xlsx: "_s) &&
                 workbook.error().message.contains(u"truncated or damaged"_s),
             qPrintable(workbook.error().message));
}

void TestXlsxReader::missingParts()
{
    auto parts = workbookParts(R"(<worksheet><sheetData/></worksheet>)");
    parts.removeIf([](const auto &p) { return p.first == u"xl/workbook.xml"_s; });
    auto workbook = XlsxWorkbook::open(writeZip(u"noworkbook.xlsx"_s, parts));
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().message, u"noworkbook.xlsx: the workbook has no part xl/workbook.xml."_s);

    auto noSheet = workbookParts(R"(<worksheet><sheetData/></worksheet>)");
    noSheet.removeIf([](const auto &p) { return p.first == u"xl/worksheets/sheet1.xml"_s; });
    auto opened = XlsxWorkbook::open(writeZip(u"nosheet.xlsx"_s, noSheet));
    QVERIFY(opened.ok()); // the sheet part is read on demand
    auto sheet = opened->sheet(u"Data"_s);
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().message, u"nosheet.xlsx: the workbook has no part xl/worksheets/sheet1.xml."_s);

    auto noRels = workbookParts(R"(<worksheet><sheetData/></worksheet>)");
    noRels.removeIf([](const auto &p) { return p.first == u"_rels/.rels"_s; });
    auto bare = XlsxWorkbook::open(writeZip(u"norels.xlsx"_s, noRels));
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().message, u"norels.xlsx: the workbook has no part _rels/.rels."_s);
}

void TestXlsxReader::malformedXml()
{
    auto workbook = XlsxWorkbook::open(writeZip(
        u"badxml.xlsx"_s, workbookParts("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    QVERIFY(workbook.ok());
    auto sheet = workbook->sheet(u"Data"_s);
    QVERIFY(!sheet.ok());
    QVERIFY2(
        sheet.error().message.startsWith(
            u"badxml.xlsx: sheet \"Data\": the part xl/worksheets/sheet1.xml is not well-formed XML (line 1"_s),
        qPrintable(sheet.error().message));
}

void TestXlsxReader::badCellReference()
{
    auto workbook = XlsxWorkbook::open(
        writeZip(u"badref.xlsx"_s,
                 workbookParts("<worksheet><sheetData><row r=\"4\"><c r=\"B5\"><v>1</v></c></row></sheetData>"
                               "</worksheet>")));
    QVERIFY(workbook.ok());
    auto sheet = workbook->sheet(u"Data"_s);
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().message,
             u"badref.xlsx: sheet \"Data\", cell B5: the cell reference is not valid in row 4."_s);

    auto shared = XlsxWorkbook::open(writeZip(
        u"badshared.xlsx"_s,
        workbookParts("<worksheet><sheetData><row r=\"2\"><c r=\"C2\" t=\"s\"><v>7</v></c></row></sheetData>"
                      "</worksheet>")));
    QVERIFY(shared.ok());
    auto sharedSheet = shared->sheet(u"Data"_s);
    QVERIFY(!sharedSheet.ok());
    QCOMPARE(
        sharedSheet.error().message,
        u"badshared.xlsx: sheet \"Data\", cell C2: the shared string \"7\" does not exist (the workbook has 0)."_s);
}

void TestXlsxReader::zipBombIsRefused()
{
    // 65 MiB of zeros compress to about 65 KB: more than the 64 MiB a part may expand to.
    // Refused from the sizes the archive declares, before anything is expanded.
    auto parts = workbookParts(R"(<worksheet><sheetData/></worksheet>)");
    parts.append({u"xl/media/bomb.bin"_s, QByteArray((qint64(65) << 20), '\0')});
    const QString file = writeZip(u"bomb.xlsx"_s, parts);
    QVERIFY(QFileInfo(file).size() < (1 << 20));
    auto workbook = XlsxWorkbook::open(file);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().message.startsWith(u"bomb.xlsx: the archive would expand to more than"_s) &&
                 workbook.error().message.contains(u"xl/media/bomb.bin"_s),
             qPrintable(workbook.error().message));

    // Smaller limits: a 10,000-byte sheet is refused when a part may hold 5,000 bytes.
    QByteArray sheet = "<worksheet><sheetData>";
    while (sheet.size() < 10000)
        sheet += "<row><c><v>1</v></c></row>";
    sheet += "</sheetData></worksheet>";
    XlsxWorkbook::Limits limits;
    limits.maxPartBytes = 5000;
    auto small = XlsxWorkbook::open(writeZip(u"big.xlsx"_s, workbookParts(sheet)), limits);
    QVERIFY(!small.ok());
    QVERIFY2(small.error().message.contains(u"xl/worksheets/sheet1.xml"_s),
             qPrintable(small.error().message));
}

void TestXlsxReader::missingSheet()
{
    auto workbook = XlsxWorkbook::open(writeZip(u"one.xlsx"_s, workbookParts("<worksheet/>")));
    QVERIFY(workbook.ok());
    auto sheet = workbook->sheet(u"Table P1"_s);
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().message, u"one.xlsx: the workbook has no sheet \"Table P1\" (it has: Data)."_s);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
