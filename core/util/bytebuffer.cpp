#include "util/bytebuffer.h"

#include <algorithm>

namespace samenplan {

void ByteBuffer::grow(qsizetype n)
{
    m_bytes.resize(std::max(2 * m_capacity, m_size + n + 4096));
    m_data = m_bytes.data();
    m_capacity = m_bytes.size();
}

const QByteArray &ByteBuffer::bytes()
{
    m_bytes.resize(m_size); // keeps its capacity: the next room() grows it back without copying
    m_capacity = 0;         // and asks data() again, in case the caller kept a copy that shares it
    return m_bytes;
}

} // namespace samenplan
