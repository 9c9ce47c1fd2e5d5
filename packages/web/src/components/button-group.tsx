import { Children, type ReactNode } from 'react';

/**
 * A USWDS button group: the buttons (or links styled as buttons) of one set of actions, side by side from 480 px and
 * one above another on a phone. Each child is an item; a child that is false or null (an action not offered) is none.
 */
export function ButtonGroup({ className, children }: { className?: string | undefined; children: ReactNode }) {
  return (
    <ul className={className ? `usa-button-group ${className}` : 'usa-button-group'}>
      {Children.toArray(children).map((child, index) => (
        <li
          key={typeof child === 'object' && 'key' in child && child.key !== null ? child.key : index}
          className="usa-button-group__item"
        >
          {child}
        </li>
      ))}
    </ul>
  );
}
