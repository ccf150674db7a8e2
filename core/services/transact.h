#pragma once

#include "storage/database.h"
#include "storage/storageerror.h"
#include "util/result.h"

#include <type_traits>

namespace cw {

// Runs `work` in one transaction; storage failures become an Error carrying `failure` for the
// user and the driver text and SQL as detail. For services only.
template <typename Work>
auto runInTransaction(Database &db, const QString &failure, Work work) -> Result<decltype(work())>
{
    try {
        Transaction transaction(db);
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            transaction.commit();
            return {};
        } else {
            auto value = work();
            transaction.commit();
            return value;
        }
    } catch (const StorageError &error) {
        return Error{failure, error.message() + QLatin1Char('\n') + error.detail()};
    }
}

} // namespace cw
