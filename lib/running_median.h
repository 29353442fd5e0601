// SPDX-License-Identifier: MIT
// A running median over a growing multiset of ints: what the flow measures a block's full
// line against while the block grows. Private to segmentation.
#pragma once

#include <cstddef>
#include <functional>
#include <queue>
#include <vector>

namespace kbrief::detail {

// The upper median (element size/2 of the sorted values) of a growing multiset, in
// O(log n) per value: a block of n lines asks for it n times, so sorting would be O(n²).
class RunningMedian {
 public:
  void add(int value) {
    if (upper_.empty() || value >= upper_.top())
      upper_.push(value);
    else
      lower_.push(value);
    std::size_t n = lower_.size() + upper_.size();
    while (lower_.size() > n / 2) {
      upper_.push(lower_.top());
      lower_.pop();
    }
    while (lower_.size() < n / 2) {
      lower_.push(upper_.top());
      upper_.pop();
    }
  }
  std::size_t size() const { return lower_.size() + upper_.size(); }
  int median() const { return upper_.top(); }  // requires size() > 0
  void clear() { *this = RunningMedian(); }

 private:
  std::priority_queue<int> lower_;                                       // the smaller half
  std::priority_queue<int, std::vector<int>, std::greater<int>> upper_;  // the rest
};

}  // namespace kbrief::detail
