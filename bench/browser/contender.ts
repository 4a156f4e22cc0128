/** What the harness needs from each grid. */
export interface Contender {
  readonly name: string;
  /** Mounts an empty grid into `container` and resolves once it is drawn. */
  mount(container: HTMLElement): Promise<void>;
  /** Hands the rows over (the timed moment starts just before this call). */
  setData(data: unknown): void;
  /** Whether data rows are in the DOM. */
  hasRows(): boolean;
  /** Sorts by the total column, largest first; resolves when the grid has applied it. */
  sortByTotalDescending(): Promise<void>;
  /** Customer code of the first row of the (sorted) list. */
  firstRowId(): string | undefined;
  /** Customer code of the row at the top of the view. */
  topVisibleRowId(): string | undefined;
  /** The element that scrolls the rows vertically. */
  scroller(): HTMLElement;
  /** Elements inside the grid. */
  domNodes(): number;
  destroy(): void;
}
