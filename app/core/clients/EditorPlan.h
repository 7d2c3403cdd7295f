#pragma once

#include "clients/ConfigChange.h"

#include <QString>

namespace aipex {

// A planned change to an editor's file, ready to show and then apply: what would happen
// (a typed outcome the front ends branch on), the change itself and its diff with the key
// masked as asked.
struct EditorPlan
{
    enum class Outcome
    {
        Change,          // something to write
        AlreadyAsWanted, // install: the entry is there as wanted
        NameTaken,       // install: a different entry of this name; applying replaces it
        NothingToRemove  // uninstall: no entry of this name
    };
    Outcome outcome = Outcome::Change;
    ConfigChange change;
    QString diff;
    QString question; // for the confirmation: "Install adds … like this:"

    bool needsWrite() const { return outcome == Outcome::Change || outcome == Outcome::NameTaken; }
};

} // namespace aipex
