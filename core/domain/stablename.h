#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace cw {

// The value of `values` whose stable storage name (its toName()) is `name`. Storage names are
// matched exactly: they are written by the Workbench, not typed by people.
template <typename E, std::size_t N>
std::optional<E> fromStableName(const std::array<E, N> &values, const QString &name)
{
    for (const E value : values) {
        if (toName(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace cw
