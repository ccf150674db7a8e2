#pragma once

#include <QByteArray>

#include <memory>

namespace cw {

// Incremental SHA-256 over OpenSSL's libcrypto, which uses the CPU's SHA instructions where
// there are any: hashing a 250 MB file takes a fraction of a second instead of seconds
// (QCryptographicHash in Qt 6.4 has no hardware path). Batches record it to tell a
// byte-identical re-import.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size);
    QByteArray hexDigest(); // finishes the hash

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace cw
