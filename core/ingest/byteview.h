#pragma once

#include <QByteArray>

#include <string_view>

namespace cw {

// A QByteArray over bytes of the current CSV record, without copying them: for hash lookups
// keyed by QByteArray. Valid only while the record is (copy it to keep it as a key).
inline QByteArray byteView(std::string_view text)
{
    return QByteArray::fromRawData(text.data(), qsizetype(text.size()));
}

} // namespace cw
