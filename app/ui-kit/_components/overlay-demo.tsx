'use client';

import { useState } from 'react';
import {
  Alert,
  Button,
  ConfirmModal,
  Container,
  FormField,
  Input,
  Modal,
  Tabs,
  useToast,
} from '@/components/ui';

export function TabsDemo() {
  return (
    <Container header="Tabs">
      <Tabs
        ariaLabel="Product"
        tabs={[
          {
            id: 'overview',
            label: 'Overview',
            content: <p>Overview panel. Use the arrow keys on the tab list.</p>,
          },
          { id: 'versions', label: 'Versions (8)', content: <p>Versions panel.</p> },
          { id: 'disabled', label: 'Disabled', content: null, disabled: true },
          { id: 'activity', label: 'Activity', content: <p>Activity panel.</p> },
        ]}
      />
    </Container>
  );
}

export function OverlayDemo() {
  const [isModalOpen, setModalOpen] = useState(false);
  const [isConfirmOpen, setConfirmOpen] = useState(false);
  const [isDeleting, setDeleting] = useState(false);
  const toast = useToast();

  function confirmDelete() {
    setDeleting(true);
    setTimeout(() => {
      setDeleting(false);
      setConfirmOpen(false);
      toast.push({ type: 'success', header: 'Version deleted', content: 'Version 1.2.0 was removed.' });
    }, 1200);
  }

  return (
    <Container header="Modals and toasts">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setModalOpen(true)}>Open modal</Button>
        <Button variant="danger" onClick={() => setConfirmOpen(true)}>
          Delete version
        </Button>
        <Button onClick={() => toast.push({ type: 'success', content: 'Version 1.4.0 added.' })}>
          Success toast
        </Button>
        <Button
          onClick={() =>
            toast.push({
              type: 'info',
              header: 'Change set submitted',
              content: 'It usually takes a few minutes.',
            })
          }
        >
          Info toast
        </Button>
        <Button
          onClick={() => toast.push({ type: 'warning', content: 'The Catalog API is slow to respond.' })}
        >
          Warning toast
        </Button>
        <Button
          onClick={() =>
            toast.push({
              type: 'error',
              header: 'Change set failed',
              content: 'INVALID_INPUT: the image tag "latest" is not allowed.',
            })
          }
        >
          Error toast
        </Button>
      </div>
      <Modal
        open={isModalOpen}
        onDismiss={() => setModalOpen(false)}
        header="Edit product title"
        footer={
          <>
            <Button variant="link" onClick={() => setModalOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => setModalOpen(false)}>
              Save changes
            </Button>
          </>
        }
      >
        <FormField label="Product title" htmlFor="modal-title">
          <Input defaultValue="Wharf Agent" data-autofocus />
        </FormField>
        <Alert type="info" className="mt-4">
          Escape, the close button or a backdrop click dismiss the modal.
        </Alert>
      </Modal>
      <ConfirmModal
        open={isConfirmOpen}
        title="Delete version 1.2.0?"
        body="Buyers who launched it keep it running, but nobody can launch it again. This can't be undone."
        confirmLabel="Delete version"
        danger
        loading={isDeleting}
        onConfirm={confirmDelete}
        onCancel={() => setConfirmOpen(false)}
      />
    </Container>
  );
}
