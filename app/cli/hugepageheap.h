#pragma once
// samenplan-cli's working memory in 2 MiB pages (Linux's transparent huge pages) where the system
// gives them on request. A check of a week at 160 locations builds about 60 MiB of objects and took
// 14,000 page faults for it, each a trip into the kernel to hand out and clear 4 KiB: with 2 MiB
// pages 1,500, and the command about 10 % quicker (README, Performance). A command lives for
// seconds at most, so the heap is reserved once and never given back before the process ends.

#include <cstddef>

namespace samenplan::cli {

struct HugePageHeap {
    bool advised = false; // the reserved heap is marked for huge pages
    std::size_t bytes = 0;  // how much of it (address space: pages are taken when first written)
};

// Reserves the heap's next 256 MiB as address space and asks the kernel to back it with huge
// pages (madvise MADV_HUGEPAGE; the kernel's "madvise" mode, Debian's default, honours it). Only
// with glibc's own allocator on Linux, before any thread starts (first thing in main()); anywhere
// else (another allocator, as under the address sanitizer, or another system) it changes nothing.
HugePageHeap reserveHugePageHeap();

} // namespace samenplan::cli
