// SPDX-License-Identifier: MIT
// The dates stage: finds, resolves and places the dates of a built document.
#pragma once

#include <optional>

#include "kbrief/document.h"

namespace kbrief::detail {

// Recognises the dates of every block and footnote, chooses the reference date
// (CONVENTIONS §7), resolves each date against it and against the last date before it in
// the same element, and reports impossible dates and wrong weekdays as diagnostics.
void find_dates(Document& doc, const std::optional<CivilDate>& reference_date);

}  // namespace kbrief::detail
