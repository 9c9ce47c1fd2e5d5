/** The row of a confirmation: the action, then the way back (USWDS button group). */
export function ConfirmButtons(props: { confirm: string; onConfirm: () => void; back: string; onBack: () => void }) {
  return (
    <ul className="usa-button-group">
      <li className="usa-button-group__item">
        <button type="button" className="usa-button" onClick={props.onConfirm}>
          {props.confirm}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button type="button" className="usa-button usa-button--outline" onClick={props.onBack}>
          {props.back}
        </button>
      </li>
    </ul>
  );
}
