#pragma once

#include <QtGlobal>

#include <vector>

namespace cw {

// A set of 64-bit keys with open addressing: one flat array, no allocation per key. Used to
// spot repeated Crime IDs in files of a million rows, where node-based sets spend their time
// in malloc. Memory is 16 bytes per distinct key at most (the table doubles at half full).
class FlatSet64
{
public:
    // True when the key was not there before.
    bool insert(quint64 key)
    {
        if (key == 0) {
            const bool fresh = !m_hasZero;
            m_hasZero = true;
            return fresh;
        }
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t i = mix(key) & mask;
        while (m_slots[i] != 0) {
            if (m_slots[i] == key)
                return false;
            i = (i + 1) & mask;
        }
        m_slots[i] = key;
        ++m_size;
        return true;
    }

    size_t size() const { return m_size + (m_hasZero ? 1 : 0); }

    // Sizes the table for about `keys` keys, so that it does not grow (and rehash) on the way.
    void reserve(size_t keys)
    {
        size_t slots = 1024;
        while (slots < keys * 2)
            slots *= 2;
        if (slots > m_slots.size())
            rehash(slots);
    }

private:
    static size_t mix(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key);
    }

    void grow() { rehash(m_slots.empty() ? 1024 : m_slots.size() * 2); }

    void rehash(size_t slots)
    {
        std::vector<quint64> old(slots, 0);
        old.swap(m_slots);
        m_size = 0;
        for (const quint64 key : old) {
            if (key != 0)
                insert(key);
        }
    }

    std::vector<quint64> m_slots;
    size_t m_size = 0;
    bool m_hasZero = false;
};

} // namespace cw
