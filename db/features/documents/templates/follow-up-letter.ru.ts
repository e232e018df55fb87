// Default template: follow-up letter to the detaining government (Russian).
export default `# Письмо правительству по делу: {{person.name}}

{{government}}

{{today}}

{{#hasMissing}}
## Заполнить до отправки
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## О ком
* Имя: {{person.name}}
* Дата ареста: {{arrest.date}}
* Место содержания под стражей: {{detention.places}}
* Обвинения: {{detention.legalBasis}}

## Письмо
Ваше превосходительство,

Мы вновь выражаем обеспокоенность содержанием под стражей {{person.name}}, арестованного(ой) {{arrest.date}}; место содержания: {{detention.places}}.

{{circumstances}}

{{#opinion}}
В своём мнении ({{number}}), принятом {{adoptedOn}}, Рабочая группа ООН по произвольным задержаниям признала это лишение свободы произвольным и просила правительство незамедлительно освободить {{person.name}} и предоставить право на компенсацию.
{{/opinion}}

Просим правительство без промедления освободить {{person.name}}, обеспечить доступ к адвокату по выбору, к семье и к медицинской помощи и сообщить нам о принятых мерах.

С уважением,
`;
