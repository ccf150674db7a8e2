#include "util/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace cw {

struct Sha256::State
{
    EVP_MD_CTX *context = nullptr;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    m_state->context = EVP_MD_CTX_new();
    if (!m_state->context || EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_state->context);
}

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_state->context, data, size_t(size));
}

QByteArray Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex();
}

} // namespace cw
