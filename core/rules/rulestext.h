#pragma once
// Translation context of the rules' explanations.

#include <QCoreApplication>

namespace samenplan::rules {

class RulesText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::rules::RulesText)
};

} // namespace samenplan::rules
