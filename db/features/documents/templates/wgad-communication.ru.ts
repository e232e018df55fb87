// Default template: communication to the UN Working Group on Arbitrary Detention (Russian), after
// the Working Group's model questionnaire. Same placeholders as the English template.
export default `# Сообщение в Рабочую группу по произвольным задержаниям

Проект подготовлен {{today}}.

{{#hasMissing}}
## Заполнить до отправки
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## I. Личность
* Фамилия и имя: {{person.name}}
{{#person.otherNames}}
* Другие написания имени: {{person.otherNames}}
{{/person.otherNames}}
* Пол: {{person.sex}}
* Дата рождения или возраст: {{person.birthDate}}
* Гражданство: {{person.nationality}}
* Документ, удостоверяющий личность: {{person.identityDocument}}
* Род занятий: {{person.profession}}
* Адрес постоянного проживания: {{person.address}}

## II. Арест
* Дата ареста: {{arrest.date}}
* Место ареста: {{arrest.place}}
* Кем произведён арест: {{arrest.forces}}
* Был ли предъявлен ордер или иное решение государственного органа: {{arrest.warrant}}
* Орган, выдавший ордер или решение: {{arrest.warrantIssuer}}
* Причины ареста, названные властями: {{arrest.reasons}}
* Правовые основания ареста, включая применённое законодательство: {{arrest.legalBasis}}

## III. Содержание под стражей
* Дата заключения под стражу: {{detention.date}}
* Продолжительность содержания под стражей: {{detention.duration}}
* Кто содержит задержанного: {{detention.forces}}
* Места содержания под стражей: {{detention.places}}
* Органы, распорядившиеся о заключении под стражу: {{detention.orderedBy}}
* Причины содержания под стражей, выдвинутые властями: {{detention.reasons}}
* Правовые основания содержания под стражей, включая применённое законодательство: {{detention.legalBasis}}
{{#charges}}
* Обвинение: {{code}}, ст. {{article}}{{#text}} ({{text}}){{/text}}
{{/charges}}

## IV. Обстоятельства и почему лишение свободы является произвольным
{{circumstances}}

{{#categories}}
### {{title}}
{{facts}}

{{/categories}}
{{categoriesMissing}}

## V. Внутренние средства правовой защиты и их результаты
{{#remedies}}
* {{kind}}, {{date}}: {{court}}{{#outcome}}. Результат: {{outcome}}{{/outcome}}
{{/remedies}}
{{remediesMissing}}

## VI. Источник и согласие
* Лицо или организация, представляющие информацию: {{source.text}}
* Согласие лица или его семьи: {{consent}}
`;
