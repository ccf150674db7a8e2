#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cw {

class FormatAdapter;
class XlsxWorkbook;

// The formats the Workbench reads, in detection order.
class FormatRegistry
{
public:
    static QStringList names();
    // A new adapter for a format name, or nullptr when there is none.
    static std::unique_ptr<FormatAdapter> create(const QString &name);
    // A new adapter for the first format that accepts this header, or nullptr.
    static std::unique_ptr<FormatAdapter> detect(const QStringList &header);
    // A new adapter for the first workbook format that accepts this workbook, or nullptr.
    static std::unique_ptr<FormatAdapter> detectWorkbook(const XlsxWorkbook &workbook);
};

} // namespace cw
