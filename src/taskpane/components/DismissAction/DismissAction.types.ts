export interface DismissActionProps {
  /** The button text in the UI language. */
  label: string;
  onDismiss: () => void;
}
