// Default template: summary for an urgent appeal to the WGAD (Russian).
export default `# Срочное обращение, сводка: {{person.name}}

Подготовлено {{today}}.

{{#hasMissing}}
## Заполнить до отправки
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## Лицо
* Имя: {{person.name}}
* Дата рождения или возраст: {{person.birthDate}}
* Страна: {{country}}

## Арест и содержание под стражей
* Дата ареста: {{arrest.date}}
* Место ареста: {{arrest.place}}
* Кем произведён арест: {{arrest.forces}}
* Место содержания: {{detention.places}}
* Обвинения: {{detention.legalBasis}}

## Почему это срочно
{{#risks}}
* {{date}}: {{title}}{{#body}}. {{body}}{{/body}}
{{/risks}}
{{risksMissing}}

## Источник и согласие
* Источник: {{source.text}}
* Согласие: {{consent}}
`;
