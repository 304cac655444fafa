#include "dialogs/providerdialog.h"

#include "domain/validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace samenplan::ui {

ProviderDialog::ProviderDialog(const YouthCareProvider &provider, QWidget *parent)
    : FormDialog(parent),
      m_provider(provider),
      m_name(new QLineEdit(provider.name, this)),
      m_kind(new QComboBox(this)),
      m_months(new QSpinBox(this))
{
    setWindowTitle(provider.id ? tr("Edit %1").arg(provider.name) : tr("New youth-care provider"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->addItem(tr("Youth-care provider"), int(ProviderKind::YouthCareProvider));
    m_kind->addItem(tr("Youth and family centre (CJG)"), int(ProviderKind::YouthFamilyCentre));
    m_kind->setCurrentIndex(provider.kind == ProviderKind::YouthFamilyCentre ? 1 : 0);
    m_months->setRange(1, 60);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(provider.trajectoryMonths);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Usual trajectory"), m_months);
    connect(m_name, &QLineEdit::textChanged, this, &ProviderDialog::revalidate);
    revalidate();
}

YouthCareProvider ProviderDialog::provider() const
{
    YouthCareProvider result = m_provider;
    result.name = m_name->text().trimmed();
    result.kind = ProviderKind(m_kind->currentData().toInt());
    result.trajectoryMonths = m_months->value();
    return result;
}

QString ProviderDialog::problem() const
{
    return validateProvider(provider());
}

} // namespace samenplan::ui
