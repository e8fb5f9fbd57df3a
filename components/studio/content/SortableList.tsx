'use client';

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { useContentEditor } from './editor-context';
import { Icon } from './fields';

export type DragHandleProps = ButtonHTMLAttributes<HTMLButtonElement> & { ref: Ref<HTMLButtonElement> };

/**
 * A vertical list reordered by drag and drop: with a pointer (after moving 6 px, so clicks inside stay clicks)
 * or with the keyboard on an item's handle (Space or Enter to pick up, arrows to move, Space or Enter to drop,
 * Escape to cancel), with what happens announced in the studio's language. `id` must be unique on the page.
 */
export function SortableList(props: { id: string; ids: string[]; describe: (id: string) => string; onMove: (from: number, to: number) => void; className?: string; children: ReactNode }) {
  const { t } = useContentEditor();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const positionOf = (id: string | number) => props.ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('drag_picked', { item: props.describe(String(active.id)) }),
    onDragOver: ({ active, over }) => (over ? t('drag_over', { item: props.describe(String(active.id)), n: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('drag_dropped', { item: props.describe(String(active.id)), n: positionOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('drag_cancelled', { item: props.describe(String(active.id)) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = props.ids.indexOf(String(active.id));
    const to = props.ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) props.onMove(from, to);
  };
  return (
    <DndContext id={props.id} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t('drag_instructions') } }}>
      <SortableContext items={props.ids} strategy={verticalListSortingStrategy}>
        <ol className={props.className}>{props.children}</ol>
      </SortableContext>
    </DndContext>
  );
}

/** One item of a SortableList; `children` gets the props of its drag handle. */
export function SortableItem(props: { id: string; className?: string; isDisabled?: boolean; children: (handle: DragHandleProps) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.id, disabled: props.isDisabled });
  return (
    <li ref={setNodeRef} className={`${props.className ?? ''}${isDragging ? ' is-dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      {props.children({ ref: setActivatorNodeRef, ...attributes, ...listeners })}
    </li>
  );
}

/** The handle an item is dragged by (and picked up with the keyboard). */
export function DragHandle({ label, handle }: { label: string; handle: DragHandleProps }) {
  const { ref, ...rest } = handle;
  return (
    <button type="button" className="icon-btn drag-handle" aria-label={label} title={label} ref={ref} {...rest}>
      <Icon name="drag" />
    </button>
  );
}

/** "Move up" and "Move down" buttons: the same reordering as dragging, for everyone who prefers a button. */
export function MoveButtons(props: { idPrefix: string; index: number; count: number; upLabel: string; downLabel: string; onMove: (to: number) => void }) {
  return (
    <>
      <button type="button" id={`${props.idPrefix}-up`} className="icon-btn" aria-label={props.upLabel} title={props.upLabel} disabled={props.index === 0} onClick={() => props.onMove(props.index - 1)}>
        <Icon name="up" />
      </button>
      <button type="button" id={`${props.idPrefix}-down`} className="icon-btn" aria-label={props.downLabel} title={props.downLabel} disabled={props.index === props.count - 1} onClick={() => props.onMove(props.index + 1)}>
        <Icon name="down" />
      </button>
    </>
  );
}
