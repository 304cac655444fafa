#pragma once
// Bytes written at the end of a buffer through a raw pointer, so that appending a few bytes costs
// a few instructions: QByteArray's append() and resize() are a function call each, more than the
// bytes they copy when thousands of answers are written piece by piece (bkr --stdin).

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace samenplan {

class KeptBytes;

class ByteBuffer {
public:
    // Bytes are copied in blocks of this many: a fixed-size copy is a load and a store, where a
    // call to memcpy costs more than the few bytes of a piece. Such a copy may read up to a block
    // past its source's end (KeptBytes keeps that many spare bytes) and write up to a block past
    // its end (room() is asked for that much more).
    static constexpr qsizetype Block = 16;
    static void copyBlocks(char *to, const char *from, qsizetype size)
    {
        for (qsizetype at = 0; at < size; at += Block)
            std::memcpy(to + at, from + at, Block);
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear() { m_size = 0; } // keeps the room
    void truncate(qsizetype size) { m_size = size < m_size ? size : m_size; }

    // Room for n more bytes at the end; then advance() by what was written there.
    char *room(qsizetype n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        return m_data + m_size;
    }
    void advance(qsizetype n) { m_size += n; }

    void append(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return;
        std::memcpy(room(bytes.size()), bytes.data(), size_t(bytes.size()));
        m_size += bytes.size();
    }
    inline void append(const KeptBytes &bytes);

    // What was written, as a QByteArray (valid until the next write; a copy of it stays as it is).
    const QByteArray &bytes();

private:
    void grow(qsizetype n);

    QByteArray m_bytes; // its size is the room; the written bytes are its first m_size
    char *m_data = nullptr;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
};

// Bytes appended many times (a sentence's fixed part, the end of a JSON object), kept with spare
// bytes after them so that ByteBuffer::append() copies them in blocks.
class KeptBytes {
public:
    KeptBytes() = default;
    explicit KeptBytes(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size()), m_size(bytes.size())
    {
        m_bytes.append(ByteBuffer::Block, '\0');
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_bytes.constData(), m_size); }

private:
    friend class ByteBuffer;
    QByteArray m_bytes; // the bytes, then Block spare bytes
    qsizetype m_size = 0;
};

void ByteBuffer::append(const KeptBytes &bytes)
{
    copyBlocks(room(bytes.m_size + Block), bytes.m_bytes.constData(), bytes.m_size);
    m_size += bytes.m_size;
}

} // namespace samenplan
