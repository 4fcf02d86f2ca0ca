#pragma once
// Runs a command's body and turns a failure into a message for the user: a DbError with its
// category's explanation, anything else as an unexpected error. Returns whether the body completed.

#include "app/gui/messages.h"
#include "db/db_error.h"

#include <exception>

namespace xuncha::app {

template <class F>
bool guarded(wxWindow* parent, const wxString& context, F&& action)
{
    try {
        action();
        return true;
    } catch (const db::DbError& error) {
        show_db_error(parent, error, context);
    } catch (const std::exception& error) {
        show_unexpected_error(parent, error, context);
    }
    return false;
}

}  // namespace xuncha::app
